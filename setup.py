"""Builds the C++ extension newsift._newsift with CMake for `pip install .`.

The engine's CMake project is the one build description: this only runs it
(target _newsift, Release, tests off) and copies the module into the wheel.
NEWSIFT_CMAKE_ARGS adds configure options; NEWSIFT_BUILD_JOBS sets parallelism;
NEWSIFT_CMAKE_BUILD_DIR keeps the CMake build somewhere else (and reusable).
"""

import os
import pathlib
import shlex
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = pathlib.Path(__file__).resolve().parent


class CMakeExtension(Extension):
    def __init__(self, name: str) -> None:
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext: Extension) -> None:
        build = pathlib.Path(
            os.environ.get("NEWSIFT_CMAKE_BUILD_DIR") or pathlib.Path(self.build_temp) / "cmake"
        ).resolve()
        configure = [
            "cmake", "-S", str(ROOT), "-B", str(build),
            "-DCMAKE_BUILD_TYPE=Release", "-DNEWSIFT_TESTS=OFF", "-DNEWSIFT_PYTHON=ON",
            f"-DPYTHON_EXECUTABLE={sys.executable}",
        ]
        if shutil.which("ninja"):
            configure += ["-G", "Ninja"]
        configure += shlex.split(os.environ.get("NEWSIFT_CMAKE_ARGS", ""))
        subprocess.run(configure, check=True)
        jobs = os.environ.get("NEWSIFT_BUILD_JOBS", str(os.cpu_count() or 1))
        subprocess.run(["cmake", "--build", str(build), "--target", "_newsift", "-j", jobs],
                       check=True)
        built = sorted((build / "python" / "newsift").glob("_newsift*.so"))
        if not built:
            raise RuntimeError(f"CMake did not produce _newsift*.so in {build}/python/newsift")
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built[-1], target)


setup(ext_modules=[CMakeExtension("newsift._newsift")], cmdclass={"build_ext": CMakeBuild})
