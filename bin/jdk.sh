# Sourced by ./carepath and .ci/run: carepath_select_jdk exports JAVA_HOME as a JDK 21 or newer.
# Order: $JAVA_HOME if it is 21+, then `java` on the PATH, then the newest 21+ JDK installed in the usual places.
# Prints one line and returns 1 when there is none.

# Major version of the java binary given, e.g. 25 (or 8 for "1.8.0_402"); empty if it does not run.
carepath_java_major() {
  local version
  version=$("$1" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1) || true
  version=${version#1.}
  version=${version%%[.+-]*}
  [[ $version =~ ^[0-9]+$ ]] && echo "$version"
}

carepath_select_jdk() {
  local found=() home major best="" best_major=0 java_on_path versions
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
    major=$(carepath_java_major "$JAVA_HOME/bin/java") || true
    if [[ -n $major && $major -ge 21 ]]; then
      export JAVA_HOME
      return 0
    fi
    found+=("${major:-?}")
  fi
  if java_on_path=$(command -v java 2>/dev/null); then
    home=$(cd "$(dirname "$(readlink -f "$java_on_path" 2>/dev/null || echo "$java_on_path")")/.." && pwd)
    major=$(carepath_java_major "$home/bin/java") || true
    if [[ -n $major && $major -ge 21 ]]; then
      [[ -n ${JAVA_HOME:-} ]] && echo "carepath: JAVA_HOME is not a JDK 21 or newer; using $home (JDK $major)." >&2
      export JAVA_HOME=$home
      return 0
    fi
    if [[ -n $major ]]; then found+=("$major"); fi
  fi
  if [[ -x /usr/libexec/java_home ]]; then # macOS
    home=$(/usr/libexec/java_home -v 21+ 2>/dev/null) || true
    if [[ -n $home ]]; then
      export JAVA_HOME=$home
      return 0
    fi
  fi
  shopt -s nullglob
  for home in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/*; do
    [[ -x $home/bin/java && -x $home/bin/javac ]] || continue
    major=$(carepath_java_major "$home/bin/java") || continue
    found+=("$major")
    if ((major >= 21 && major > best_major)); then
      best=$home
      best_major=$major
    fi
  done
  shopt -u nullglob
  if [[ -n $best ]]; then
    [[ -n ${JAVA_HOME:-} ]] && echo "carepath: JAVA_HOME is not a JDK 21 or newer; using $best (JDK $best_major)." >&2
    export JAVA_HOME=$best
    return 0
  fi
  versions=$(printf '%s\n' ${found[@]+"${found[@]}"} | sort -un | paste -sd, - | sed 's/,/, /g')
  echo "carepath: needs a JDK 21 or newer (found: ${versions:-none}). Install one or set JAVA_HOME." >&2
  return 1
}
