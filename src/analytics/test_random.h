// Seeded Gaussian noise for the analytics tests. Built on mt19937_64 (whose
// output the standard fixes) with Box-Muller, because
// std::normal_distribution may differ between standard libraries.
#ifndef ENTENTE_ANALYTICS_TEST_RANDOM_H_
#define ENTENTE_ANALYTICS_TEST_RANDOM_H_

#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>

namespace entente {

class TestRandom {
 public:
  explicit TestRandom(uint64_t seed) : rng_(seed) {}
  // Uniform in (0, 1).
  double Uniform() {
    return (static_cast<double>(rng_() >> 11) + 0.5) * 0x1p-53;
  }
  // Uniform integer in [lo, hi].
  int Int(int lo, int hi) {
    return lo + static_cast<int>(rng_() % static_cast<uint64_t>(hi - lo + 1));
  }
  double Gaussian(double mean, double sd) {
    const double u = Uniform(), v = Uniform();
    return mean + sd * std::sqrt(-2 * std::log(u)) *
                      std::cos(2 * std::numbers::pi * v);
  }

 private:
  std::mt19937_64 rng_;
};

}  // namespace entente

#endif  // ENTENTE_ANALYTICS_TEST_RANDOM_H_
