#pragma once
// Claim listings of `mizan claims` and `mizan extract`: TSV with a fixed header, or JSON.
#include <ostream>
#include <vector>

#include "model/claim.hpp"

namespace mizan::report {

// Header: doc kind value qualifier counted actor location time said_by excerpt.
void write_claims_tsv(std::ostream& out, const std::vector<StoredClaim>& claims);
// An array of objects with every field, spans and links included.
void write_claims_json(std::ostream& out, const std::vector<StoredClaim>& claims);

}  // namespace mizan::report
