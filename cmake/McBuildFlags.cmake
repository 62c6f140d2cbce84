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

if(MC_SANITIZE)
  string(REPLACE ";" "," _mc_san "${MC_SANITIZE}")
  target_compile_options(mc_build_flags INTERFACE -fsanitize=${_mc_san} -fno-omit-frame-pointer)
  target_link_options(mc_build_flags INTERFACE -fsanitize=${_mc_san})
endif()

# mc_add_library(NAME folder-name SOURCES ... LINKS ...): one library per app/ folder.
function(mc_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LINKS;PRIVATE_LINKS" ${ARGN})
  add_library(mc_${name} STATIC ${ARG_SOURCES})
  add_library(mc::${name} ALIAS mc_${name})
  target_include_directories(mc_${name} PUBLIC "${PROJECT_SOURCE_DIR}")
  target_link_libraries(mc_${name} PUBLIC mc_build_flags ${ARG_PUBLIC_LINKS} PRIVATE ${ARG_PRIVATE_LINKS})
endfunction()
