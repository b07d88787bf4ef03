# Writes mizan's man page and its bash completion from the program's own --help texts, so the three
# never disagree. Run at build time (cmake -P) with MIZAN (the built program) and OUT (a directory).
#   OUT/mizan.1     the man page: mizan --help, then each command's --help, preformatted
#   OUT/mizan.bash  bash completion: the commands, each command's options, files and directories
if(NOT MIZAN OR NOT OUT)
  message(FATAL_ERROR "usage: cmake -DMIZAN=path/to/mizan -DOUT=dir -P manpage.cmake")
endif()

function(help_of out_var)
  execute_process(COMMAND "${MIZAN}" ${ARGN} --help RESULT_VARIABLE rc OUTPUT_VARIABLE text ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${MIZAN} ${ARGN} --help failed (${rc}): ${err}")
  endif()
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# roff: backslashes doubled, a line that begins with . or ' guarded.
function(roff out_var text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

help_of(main)
execute_process(COMMAND "${MIZAN}" --version OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE)
# The commands: the lines of "commands:" in the main help, "  name ARGS   what it does".
string(REGEX MATCH "commands:\n(.*)\n\n" block "${main}")
string(REGEX MATCHALL "\n  [a-z]+" names "\n${CMAKE_MATCH_1}")
set(commands "")
foreach(n ${names})
  string(STRIP "${n}" n)
  list(APPEND commands "${n}")
endforeach()
if(NOT commands)
  message(FATAL_ERROR "no commands found in mizan --help")
endif()

roff(main_roff "${main}")
set(page ".TH MIZAN 1 \"\" \"${version}\" \"User Commands\"\n.SH NAME\nmizan \\- the quantified claims of Arabic news, and where they agree or conflict\n")
string(APPEND page ".SH SYNOPSIS\n.B mizan\n.I command\n[options]\n.SH DESCRIPTION\n.nf\n${main_roff}.fi\n.SH COMMANDS\n")
set(cases "")
foreach(cmd ${commands})
  help_of(text ${cmd})
  roff(text_roff "${text}")
  string(APPEND page ".SS ${cmd}\n.nf\n${text_roff}.fi\n")
  # Its options: every --name its help lists at the start of a line.
  string(REGEX MATCHALL "\n  +--[a-z-]+" opts "\n${text}")
  set(words "")
  foreach(o ${opts})
    string(STRIP "${o}" o)
    list(APPEND words "${o}")
  endforeach()
  list(APPEND words "--help" "--quiet")
  list(REMOVE_DUPLICATES words)
  list(JOIN words " " words)
  string(APPEND cases "    ${cmd}) opts=\"${words}\" ;;\n")
endforeach()
string(APPEND page ".SH FILES\n.TP\n.I claims.db\nthe default database, in the current directory\n.TP\n.I reports/\nwhere mizan report writes by default\n")
string(APPEND page ".SH EXIT STATUS\n0 done; 1 found what was asked about (check: a conflict); 2 an error, named on stderr.\n")
file(WRITE "${OUT}/mizan.1" "${page}")

list(JOIN commands " " command_words)
file(WRITE "${OUT}/mizan.bash" "# bash completion for mizan (written from mizan's --help by cmake/manpage.cmake)
_mizan() {
  local cur=\"\${COMP_WORDS[COMP_CWORD]}\" prev=\"\${COMP_WORDS[COMP_CWORD-1]}\"
  if [ \"\$COMP_CWORD\" -eq 1 ]; then
    COMPREPLY=( \$(compgen -W \"${command_words} --help --version\" -- \"\$cur\") )
    return
  fi
  local opts=\"\"
  case \"\${COMP_WORDS[1]}\" in
${cases}  esac
  case \"\$prev\" in
    --db|--manifest) COMPREPLY=( \$(compgen -f -- \"\$cur\") ); return ;;
    --out) COMPREPLY=( \$(compgen -d -- \"\$cur\") ); return ;;
    --format) COMPREPLY=( \$(compgen -W \"tsv json csv html text\" -- \"\$cur\") ); return ;;
    --lang) COMPREPLY=( \$(compgen -W \"ar en\" -- \"\$cur\") ); return ;;
    --as) COMPREPLY=( \$(compgen -W \"confirmed false unsure\" -- \"\$cur\") ); return ;;
  esac
  if [[ \"\$cur\" == -* ]]; then
    COMPREPLY=( \$(compgen -W \"\$opts\" -- \"\$cur\") )
  else
    COMPREPLY=( \$(compgen -f -- \"\$cur\") )
  fi
}
complete -o filenames -F _mizan mizan
")
