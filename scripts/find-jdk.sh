# Finds a JDK >= 21 for Warta's launcher and CI. Source it, then call find_jdk:
# it prints the JDK home (JAVA_HOME, javac on the PATH, then the usual install folders,
# newest first) or fails.
MIN_JAVA=21

java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

usable_home() { # true when $1 is a JDK home (with javac) of version >= MIN_JAVA
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local major; major="$(java_major "$1/bin/java")"
  [ -n "$major" ] && [ "$major" -ge "$MIN_JAVA" ]
}

find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && usable_home "$JAVA_HOME"; then echo "$JAVA_HOME"; return; fi
  local javac_path
  if javac_path="$(command -v javac 2>/dev/null)"; then
    local home; home="$(dirname "$(dirname "$(readlink -f "$javac_path")")")"
    if usable_home "$home"; then echo "$home"; return; fi
  fi
  local candidate best="" best_major=0 major
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /usr/local/opt/openjdk*/libexec/openjdk.jdk/Contents/Home \
                   /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$candidate" ] || continue
    usable_home "$candidate" || continue
    major="$(java_major "$candidate/bin/java")"
    if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
  done
  [ -n "$best" ] && echo "$best"
}
