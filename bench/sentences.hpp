#pragma once
// Real sentences the corpus generator builds its articles from.
#include <vector>

namespace mizan::bench {

const std::vector<const char*>& filler_sentences();

}  // namespace mizan::bench
