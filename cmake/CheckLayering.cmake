# Layering check, run by every build (target `layering`) and by the test tst_layering:
#   cmake -DSOURCE_DIR=<repo root> -DFOLDERS=app/core,app/storage,... -P CheckLayering.cmake
# FOLDERS are the folders of the GUI-less libraries (mc_add_library without GUI). Their
# files may include neither widgets, charts nor QtGui, nor ui/ or sandbox/ headers (the
# sandbox's own folder excepted), and app/ libraries nothing of app/console. Which product
# headers a library may include is enforced by the compiler itself: each library sees only
# the folders of the libraries it links (mc_include_root in McBuildFlags.cmake).
if(NOT SOURCE_DIR OR NOT FOLDERS)
  message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=... -DFOLDERS=a,b -P CheckLayering.cmake")
endif()
string(REPLACE "," ";" FOLDERS "${FOLDERS}")
set(violations "")
set(checked 0)
foreach(folder IN LISTS FOLDERS)
  file(GLOB files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
  set(forbidden "QtWidgets|QtCharts|QtGui|QtPrintSupport|QWidget|QMainWindow|QDialog|QApplication|QGuiApplication|QChart|QPainter|QPixmap|QImage|ui/|app/console/")
  if(NOT folder STREQUAL "sandbox")
    string(APPEND forbidden "|sandbox/")
  endif()
  foreach(f IN LISTS files)
    math(EXPR checked "${checked} + 1")
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS lines)
      if(line MATCHES "[<\"](${forbidden})")
        file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
        list(APPEND violations "${rel}: ${line}")
      endif()
    endforeach()
  endforeach()
endforeach()
if(violations)
  list(JOIN violations "\n  " msg)
  message(FATAL_ERROR "GUI-less libraries must not include widgets, charts, QtGui, ui/, sandbox/ or the composition root:\n  ${msg}")
endif()
list(LENGTH FOLDERS n)
message(STATUS "layering ok: ${checked} files in ${n} GUI-less libraries checked")
