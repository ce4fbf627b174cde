# Sourced by run-local.sh and .ci/run: makes JAVA_HOME point at a JDK 21 or newer.
# Keeps a JAVA_HOME (or the java on PATH) that is new enough; otherwise picks the newest JDK under /usr/lib/jvm.
java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
is_jdk21() {
    [ -n "$1" ] && [ -x "$1/bin/javac" ] || return 1
    major=$(java_major "$1")
    [ -n "$major" ] && [ "$major" -ge 21 ]
}
if [ -z "${JAVA_HOME:-}" ] && command -v javac >/dev/null 2>&1; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
fi
if ! is_jdk21 "${JAVA_HOME:-}"; then
    JAVA_HOME=
    for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
        if is_jdk21 "${candidate%/}"; then
            JAVA_HOME=${candidate%/}
            break
        fi
    done
fi
if [ -z "$JAVA_HOME" ]; then
    echo "A JDK 21 or newer is needed: install one or set JAVA_HOME to it." >&2
    exit 1
fi
export JAVA_HOME
