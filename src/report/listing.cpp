#include "report/listing.hpp"

#include "report/escape.hpp"

namespace mizan::report {

void write_claims_tsv(std::ostream& out, const std::vector<StoredClaim>& claims) {
  out << "doc\tkind\tvalue\tqualifier\tcounted\tactor\tlocation\ttime\tsaid_by\texcerpt\toutlet\tpublished\turl\n";
  for (const StoredClaim& s : claims) {
    const Claim& c = s.claim;
    out << tsv_escape(s.document) << '\t' << to_string(c.kind) << '\t' << format_value(c) << '\t'
        << to_string(c.qualifier) << '\t' << tsv_escape(c.counted) << '\t' << tsv_escape(c.actor) << '\t'
        << tsv_escape(c.location) << '\t' << to_iso(c.time) << '\t' << tsv_escape(c.said_by) << '\t'
        << tsv_escape(c.excerpt) << '\t' << tsv_escape(s.outlet) << '\t' << to_iso(s.published) << '\t'
        << tsv_escape(s.url) << '\n';
  }
}

void write_claims_json(std::ostream& out, const std::vector<StoredClaim>& claims) {
  out << "[";
  bool first = true;
  for (const StoredClaim& s : claims) {
    const Claim& c = s.claim;
    out << (first ? "\n" : ",\n") << "  {";
    first = false;
    out << "\"doc\": " << json_string(s.document) << ", \"outlet\": " << json_string(s.outlet)
        << ", \"published\": " << json_string(to_iso(s.published)) << ", \"kind\": " << json_string(to_string(c.kind))
        << ", \"value\": " << json_string(format_value(c)) << ", \"lo\": " << json_string(format_number(c.lo))
        << ", \"hi\": " << json_string(format_number(c.hi))
        << ", \"qualifier\": " << json_string(to_string(c.qualifier)) << ", \"counted\": " << json_string(c.counted)
        << ", \"actor\": " << json_string(c.actor) << ", \"location\": " << json_string(c.location)
        << ", \"event\": " << json_string(c.event) << ", \"time\": " << json_string(to_iso(c.time))
        << ", \"time_precision\": " << json_string(to_string(c.time.precision))
        << ", \"said_by\": " << json_string(c.said_by) << ", \"subject\": " << json_string(c.subject_key)
        << ", \"group\": " << c.group << ", \"role\": " << json_string(to_string(c.role))
        << ", \"sentence\": " << c.sentence << ", \"number_span\": [" << c.number_span.begin << ", "
        << c.number_span.end << "], \"claim_span\": [" << c.claim_span.begin << ", " << c.claim_span.end
        << "], \"excerpt\": " << json_string(c.excerpt) << ", \"sentence_text\": " << json_string(s.sentence_text)
        << "}";
  }
  out << (first ? "]\n" : "\n]\n");
}

}  // namespace mizan::report
