// Internal: Student's t quantile used by FitTrend, exposed for its test.
#ifndef ENTENTE_ANALYTICS_T_QUANTILE_H_
#define ENTENTE_ANALYTICS_T_QUANTILE_H_

namespace entente {

// The 0.975 quantile of Student's t with `df` degrees of freedom (the
// half-width multiplier of a two-sided 95% interval). NaN for df <= 0.
double TQuantile975(int df);

}  // namespace entente

#endif  // ENTENTE_ANALYTICS_T_QUANTILE_H_
