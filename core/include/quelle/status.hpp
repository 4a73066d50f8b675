// Errors are values: no stage throws, so the same code runs in a WebAssembly
// build without exceptions and a bad input never takes a batch run down.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace quelle {

enum class ErrorCode {
  InvalidUtf8,          // the input bytes are not UTF-8
  InputTooLarge,        // more UTF-16 code units than Options::max_input_units
  UnsupportedLanguage,  // Options::language names a language Quelle lacks
  InvalidModel,         // a model file is truncated, corrupt or of another version
  InvalidRequest,       // malformed JSON line, missing field (CLI / JS boundary)
  Internal,             // a bug: please report with the input
};

// Stable, documented identifiers (docs/schema.md): "invalid_utf8", ...
const char* error_code_name(ErrorCode);

struct Error {
  ErrorCode code = ErrorCode::Internal;
  std::string message;
};

// A value or an Error; a small stand-in for C++23 std::expected.
template <class T>
class Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}      // NOLINT: implicit by design
  Expected(Error error) : v_(std::move(error)) {}  // NOLINT: implicit by design

  [[nodiscard]] bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  [[nodiscard]] const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace quelle
