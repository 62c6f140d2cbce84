# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE in packaging/CMakeLists.txt).
if(CPACK_GENERATOR STREQUAL "DEB")
  # Each package's description starts with its own synopsis (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION);
  # with a summary set, CPackDeb would put the project's in front of both.
  unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
