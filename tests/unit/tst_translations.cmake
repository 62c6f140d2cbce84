# tst_translations runs lupdate and reads the compiled catalogues, so it exists only where the
# UI (and with it Qt's LinguistTools) is built.
if(MC_BUILD_UI)
  mc_add_test(tst_translations SOURCES tst_translations.cpp LIBS mc::ui LABEL unit TIMEOUT 180)
  target_compile_definitions(tst_translations PRIVATE "MC_LUPDATE=\"$<TARGET_FILE:Qt6::lupdate>\"")
endif()
