#pragma once
// The one small hierarchy of errors mizan throws; main() turns them into a message and exit code 2.
#include <stdexcept>
#include <string>

namespace mizan {

struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct IcuError : Error {
  using Error::Error;
};
struct DbError : Error {
  using Error::Error;
};
// Another mizan held the database longer than SQLite's own wait, or at a moment SQLite does not wait
// for (two connections setting up a new file at once): worth trying again.
struct DbBusy : DbError {
  using DbError::DbError;
};
// Input that cannot be read as an article (invalid UTF-8, binary, ...): skipped, never fatal.
struct InputError : Error {
  using Error::Error;
};

}  // namespace mizan
