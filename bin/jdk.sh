# Sourced by ./carepath and .ci/run: picks a JDK 21 or newer and exports JAVA_HOME.
# Order: $JAVA_HOME if it is 21+, then `java` on PATH, then the newest 21+ JDK in the usual install folders.

carepath_java_major() { # $1 = a java executable; prints its feature version (17, 21, 25 …) or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

carepath_select_jdk() {
  local candidate major best="" best_major=0 found=""
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(carepath_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ]; then export JAVA_HOME; return 0; fi
    found="$major (JAVA_HOME)"
  fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    major=$(carepath_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ]; then export JAVA_HOME="$candidate"; return 0; fi
    found="${found:+$found, }${major:-?}"
  fi
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* /opt/java/*; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(carepath_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  if [ -n "$best" ]; then export JAVA_HOME="$best"; return 0; fi
  echo "carepath: needs a JDK 21 or newer (found: ${found:-none}). Install one, or set JAVA_HOME to it." >&2
  return 1
}
