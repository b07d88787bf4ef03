// Writes, for the lexicon TSVs named on the command line, the first cell of every data line folded
// as mizan folds text (C++ initialisers, one file after another in the order given), for
// grammar/lexicon.cpp to compile in: reading the lexicon then folds nothing at run time (folding
// its forms was a tenth of a short `mizan check`).
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "grammar/lexicon_lines.hpp"
#include "text/fold.hpp"

namespace {

// Every byte as an octal escape: safe in any string literal, whatever follows.
void literal(const std::string& s) {
  std::putchar('"');
  for (const char c : s) std::printf("\\%03o", static_cast<unsigned>(static_cast<unsigned char>(c)));
  std::putchar('"');
}

}  // namespace

int main(int argc, char** argv) {
  std::printf("// Generated at build time by grammar/gen/fold_lexicon.cpp from grammar/lexicon/*.tsv.\n");
  std::printf("#include \"grammar/lexicon_data.hpp\"\nnamespace mizan::lexicon {\n");
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "fold_lexicon: cannot read %s\n", argv[i]);
      return 1;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::printf("static const char* const kFolded%d[] = {\n", i);
    std::size_t rows = 0;
    mizan::lexicon::each_data_line(text, [&](std::string_view line) {
      literal(mizan::fold_word(mizan::lexicon::first_cell(line)));
      std::printf(",\n");
      ++rows;
    });
    std::printf("nullptr};\nstatic const std::size_t kRows%d = %zu;\n", i, rows);
  }
  std::printf("const FoldedForms kFoldedForms[] = {\n");
  for (int i = 1; i < argc; ++i) {
    std::string name = argv[i];
    name = name.substr(name.find_last_of('/') + 1);
    name = name.substr(0, name.rfind(".tsv"));
    std::printf("  {");
    literal(name);
    std::printf(", kFolded%d, kRows%d},\n", i, i);
  }
  std::printf("};\nconst std::size_t kFoldedFormsCount = %d;\n}  // namespace mizan::lexicon\n", argc - 1);
  return 0;
}
