# portolan_set_warnings(target): strict warnings for Portolan's own targets only;
# third-party and generated code keep their own flags.
function(portolan_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                         -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
  if(PORTOLAN_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                             QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY)
endfunction()
