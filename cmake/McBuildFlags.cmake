# Project-wide compile flags live on one INTERFACE target that every target links.
add_library(mc_build_flags INTERFACE)
target_compile_features(mc_build_flags INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(mc_build_flags INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor>
  $<$<CXX_COMPILER_ID:MSVC>:/W4 /permissive- /utf-8>)
if(MC_WERROR)
  target_compile_options(mc_build_flags INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang,AppleClang>:-Werror> $<$<CXX_COMPILER_ID:MSVC>:/WX>)
endif()

target_compile_definitions(mc_build_flags INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS
  QT_NO_URL_CAST_FROM_STRING QT_NO_KEYWORDS
  MC_VERSION="${PROJECT_VERSION}")
if(MC_FAULT_INJECTION)
  target_compile_definitions(mc_build_flags INTERFACE MC_FAULT_INJECTION)
endif()

# Hardening of what is distributed (the release preset turns it on): stack protector,
# fortified libc calls, read-only relocations resolved at start. PIE is the default of
# Debian's compiler and Qt's code is position independent anyway.
option(MC_HARDENING "Hardening flags for distributed binaries (on in the release preset)" OFF)
if(MC_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT APPLE AND NOT WIN32)
  target_compile_options(mc_build_flags INTERFACE -fstack-protector-strong -fstack-clash-protection
    $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
  target_link_options(mc_build_flags INTERFACE -Wl,-z,relro -Wl,-z,now)
endif()

if(MC_SANITIZE)
  string(REPLACE ";" "," _mc_san "${MC_SANITIZE}")
  target_compile_options(mc_build_flags INTERFACE -fsanitize=${_mc_san} -fno-omit-frame-pointer)
  target_link_options(mc_build_flags INTERFACE -fsanitize=${_mc_san})
endif()

if(MC_FUZZ)
  # Coverage feedback for libFuzzer in every library; the fuzz targets link -fsanitize=fuzzer.
  # Undefined behaviour is a finding: abort instead of printing and going on.
  target_compile_options(mc_build_flags INTERFACE -fsanitize=fuzzer-no-link -fno-sanitize-recover=all)
  target_link_options(mc_build_flags INTERFACE -fsanitize=fuzzer-no-link -fno-sanitize-recover=all)
endif()

# mc_add_library(NAME [GUI] SOURCES ... PUBLIC_LINKS ... PRIVATE_LINKS ...): one library per folder.
# Each library gets an include root of its own that holds only its folder (a link under
# <build>/include/<name>/, e.g. app/core -> the sources), published to whoever links it.
# A target therefore sees its own folder and the folders of what it links, nothing else:
# an include of a library it does not link fails to compile. Libraries without GUI are
# listed for the layering check (tests/layering/check_layering.cmake), which also refuses
# widget, chart and QtGui headers in them.
function(mc_add_library name)
  cmake_parse_arguments(ARG "GUI" "" "SOURCES;PUBLIC_LINKS;PRIVATE_LINKS" ${ARGN})
  add_library(mc_${name} STATIC ${ARG_SOURCES})
  add_library(mc::${name} ALIAS mc_${name})
  file(RELATIVE_PATH folder "${PROJECT_SOURCE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}")
  mc_include_root(mc_${name} "${folder}" PUBLIC)
  target_link_libraries(mc_${name} PUBLIC mc_build_flags ${ARG_PUBLIC_LINKS} PRIVATE ${ARG_PRIVATE_LINKS})
  if(NOT ARG_GUI)
    set_property(GLOBAL APPEND PROPERTY MC_GUILESS_FOLDERS "${folder}")
  endif()
endfunction()

# mc_include_root(TARGET FOLDER PUBLIC|PRIVATE): TARGET may include "FOLDER/...".
function(mc_include_root target folder scope)
  set(root "${CMAKE_BINARY_DIR}/include/${target}")
  get_filename_component(parent "${root}/${folder}" DIRECTORY)
  file(MAKE_DIRECTORY "${parent}")
  if(NOT EXISTS "${root}/${folder}")
    # Windows without developer mode cannot make symbolic links: a copy still builds.
    file(CREATE_LINK "${PROJECT_SOURCE_DIR}/${folder}" "${root}/${folder}" SYMBOLIC COPY_ON_ERROR)
  endif()
  target_include_directories(${target} ${scope} "${root}")
endfunction()
