#include <cstdio>
int main() { std::puts("entente: under construction"); return 0; }
