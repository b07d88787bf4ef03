// Writes ICU's Arabic month names as C++ initialisers ({"يناير", 1, false},), one a line, for
// src/text/calendar.cpp to compile in: mizan then never asks ICU for them at run time.
#include <cstdio>

#include "text/gen/icu_months.hpp"

int main() {
  std::printf("// Generated at build time by src/text/gen/month_names.cpp from this ICU's locale data.\n");
  for (const mizan::MonthName& m : mizan::gen::read_icu_month_names()) {
    std::printf("{\"");
    for (const char c : m.name) {
      if (c == '"' || c == '\\') std::putchar('\\');
      std::putchar(c);
    }
    std::printf("\", %d, %s},\n", m.month, m.islamic ? "true" : "false");
  }
  return 0;
}
