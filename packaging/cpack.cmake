# CPack: the Debian package and a tarball of the same files, from the install rules.
#   cpack -G DEB   -> shmscope_<version>_<arch>.deb      cpack -G TGZ -> shmscope-<version>-Linux.tar.gz
# Included from the top-level CMakeLists.txt, after every install rule.
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME shmscope) # Debian package names are lower case
set(CPACK_PACKAGE_VENDOR "ShmScope")
set(CPACK_PACKAGE_CONTACT "ShmScope maintainers <maintainers@users.noreply.r-seed-55a4643e.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 80 characters, as Debian's extended descriptions want them.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "ShmScope shows the System V shared memory of a Linux machine in one window,\n"
    "live: every segment, the processes that have it attached and the kernel's\n"
    "limits. It creates and removes segments, shows and edits their bytes as hex or\n"
    "as any C struct (laid out by libclang), and lists, dumps and decodes them from\n"
    "the command line.\n"
    "\n"
    "shmdemo, the peer program of the System V shared memory lesson, comes with it.")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds the libraries the binaries link (Qt, libc, libstdc++). It cannot see what is opened at
# run time: Qt's SVG icon plugin (without it every icon is blank, silently), the platform plugins (xcb,
# wayland, offscreen), and libclang, which src/core/layout/libclang.cpp opens with dlopen as libclang-14.so.1.
# libclang alone lays out no struct: the prelude of every layout includes <stdbool.h> and <stddef.h>, which
# only clang's own headers provide (libclang-common-14-dev), and <pthread.h> and <time.h> (libc6-dev);
# without them every layout but the built-in st_pid fails with "'stdbool.h' file not found".
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6svg6, qt6-qpa-plugins, libclang1-14, libclang-common-14-dev, libc6-dev")

# A source tarball holds the sources, not the build folders or the history.
set(CPACK_SOURCE_GENERATOR TGZ)
# Regular expressions, written without backslashes: CPack copies them into its own config file.
set(CPACK_SOURCE_IGNORE_FILES "/[.]git/" "/build/" "/build-[^/]*/" "/out/")

include(CPack)
