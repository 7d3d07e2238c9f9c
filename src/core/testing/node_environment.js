// Linked before cloudgap_core_tests under node: Emscripten's getenv() does not see the
// process environment, so the variables ctest sets for a test (the source directory and
// GoogleTest's shard) are copied in before main() runs.
Module['preRun'] = [function() {
  for (var name of ['CLOUDGAP_SOURCE_DIR', 'GTEST_TOTAL_SHARDS', 'GTEST_SHARD_INDEX']) {
    if (process.env[name] !== undefined) ENV[name] = process.env[name];
  }
}];
