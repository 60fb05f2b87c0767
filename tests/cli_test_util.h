// Test helpers for the end-to-end tests that run the built `entente` binary
// (cli_test.cc, store_cli_test.cc): what a run left behind, and a fixture
// that finds the binary and gives each test its own temporary directory.
#ifndef ENTENTE_TESTS_CLI_TEST_UTIL_H_
#define ENTENTE_TESTS_CLI_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace entente::cli_test {

// What one run of the binary left behind.
struct Result {
  int exit_code = -1;  // 128 + N when signal N ended it, as a shell reports it
  std::string out, err;
};

// The file's bytes; "" when it cannot be read.
inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Skips the test unless ENTENTE_BINARY and ENTENTE_SOURCE_DIR are set (ctest
// sets them, see entente_test() in CMakeLists.txt). Otherwise each test gets
// a fresh directory, /tmp/NAME.XXXXXX, removed after it.
class BinaryTest : public ::testing::Test {
 protected:
  explicit BinaryTest(std::string name) : name_(std::move(name)) {}

  void SetUp() override {
    const char* binary = std::getenv("ENTENTE_BINARY");
    const char* source = std::getenv("ENTENTE_SOURCE_DIR");
    if (binary == nullptr || source == nullptr)
      GTEST_SKIP() << "ENTENTE_BINARY/ENTENTE_SOURCE_DIR not set; run through ctest";
    binary_ = binary;
    source_ = source;
    std::string tmpl = "/tmp/" + name_ + ".XXXXXX";
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  // Where a run's stdout and stderr go.
  std::filesystem::path OutPath() const { return dir_ / "out.txt"; }
  std::filesystem::path ErrPath() const { return dir_ / "err.txt"; }

  // The result of a finished run, from its wait status (as std::system and
  // waitpid return it) and the files OutPath() and ErrPath().
  Result Collect(int status) const {
    Result r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = ReadFile(OutPath());
    r.err = ReadFile(ErrPath());
    return r;
  }

  // Starts argv (argv[0] is the program's path) with stdout and stderr in
  // OutPath() and ErrPath(); returns its pid.
  pid_t Start(const std::vector<std::string>& argv) const {
    const std::filesystem::path out = OutPath(), err = ErrPath();
    pid_t pid = fork();
    if (pid == 0) {
      FILE* o = std::freopen(out.c_str(), "w", stdout);
      FILE* e = std::freopen(err.c_str(), "w", stderr);
      (void)o;
      (void)e;
      std::vector<char*> v;
      for (const std::string& a : argv) v.push_back(const_cast<char*>(a.c_str()));
      v.push_back(nullptr);
      execv(v[0], v.data());
      _exit(127);
    }
    return pid;
  }
  Result Wait(pid_t pid) const {
    int status = 0;
    waitpid(pid, &status, 0);
    return Collect(status);
  }
  Result Run(const std::vector<std::string>& argv) const { return Wait(Start(argv)); }
  // `entente ARGS...`
  Result RunEntente(std::vector<std::string> args) const {
    args.insert(args.begin(), binary_);
    return Run(args);
  }
  // Writes `contents` to a file of this test's directory; returns its path.
  std::filesystem::path Write(const std::string& name, const std::string& contents) const {
    std::filesystem::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << contents;
    return p;
  }

  std::string binary_;            // the entente binary
  std::filesystem::path source_;  // the source tree
  std::filesystem::path dir_;     // this test's directory

 private:
  std::string name_;
};

}  // namespace entente::cli_test

#endif  // ENTENTE_TESTS_CLI_TEST_UTIL_H_
