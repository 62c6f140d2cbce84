# CPACK_PRE_BUILD_SCRIPTS (Linux): after CPack stripped the staged executables, also drop
# their .comment and .note sections (compiler version strings), as dh_strip does for
# Debian's own packages (lintian: binary-has-unneeded-section).
if(NOT CPACK_MC_OBJCOPY OR NOT CPACK_TEMPORARY_INSTALL_DIRECTORY)
  return()
endif()
file(GLOB_RECURSE _staged LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*")
foreach(_file IN LISTS _staged)
  if(IS_SYMLINK "${_file}")
    continue()
  endif()
  file(READ "${_file}" _magic LIMIT 4 HEX)
  if(_magic STREQUAL "7f454c46") # ELF
    execute_process(COMMAND "${CPACK_MC_OBJCOPY}" --remove-section=.comment --remove-section=.note "${_file}"
                    RESULT_VARIABLE _rc ERROR_VARIABLE _err)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "objcopy ${_file}: ${_err}")
    endif()
  endif()
endforeach()
