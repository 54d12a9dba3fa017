# Shared by the bench scripts (sourced, from the repository root): compiles the harness with the
# tests, writes the test class path to target/eval.classpath and sets CP.

# Maven offline first (fast, works without a network once the cache is warm), then online.
mvn_quiet() {
  mvn -B -q -o "$@" || mvn -B -q "$@"
}

build_harness() {
  echo "bench: compiling the harness (mvn test-compile)..." >&2
  mvn_quiet test-compile >&2
  if [ ! -f target/eval.classpath ] || [ pom.xml -nt target/eval.classpath ]; then
    mvn_quiet dependency:build-classpath -Dmdep.outputFile=target/eval.classpath -Dmdep.includeScope=test >&2
  fi
  CP="target/classes:target/test-classes:$(cat target/eval.classpath)"
  export CP
}
