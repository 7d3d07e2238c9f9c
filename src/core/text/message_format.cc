#include "core/text/message_format.h"

#include <cstdio>
#include <optional>
#include <utility>
#include <vector>

#include "core/text/iso_date.h"

namespace cloudgap {
namespace {

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n';
}

// CLDR's cardinal categories for integers, for the languages the app speaks.
std::string_view PluralCategory(std::int64_t n, std::string_view language) {
  if (language == "fr") return n == 0 || n == 1 ? "one" : "other";
  return n == 1 ? "one" : "other";
}

// One pass over a message: writes it out (when `out` is set), collects the
// argument names (when `names` is set), and stops at the first fault.
class Parser {
 public:
  Parser(std::string_view message, std::string_view language,
         const std::initializer_list<MessageArg>* args, std::string* out,
         std::set<std::string>* names)
      : s_(message), language_(language), args_(args), out_(out), names_(names) {}

  bool Run() { return Text(/*nested=*/false, std::nullopt, out_ != nullptr); }
  size_t at() const { return i_; }
  const std::string& problem() const { return problem_; }

 private:
  bool Fail(std::string what) {
    problem_ = std::move(what) + " at " + std::to_string(i_);
    return false;
  }
  void Emit(bool emit, std::string_view text) {
    if (emit) out_->append(text);
  }
  void SkipSpace() {
    while (i_ < s_.size() && IsSpace(s_[i_])) ++i_;
  }
  std::string_view Word() {
    const size_t start = i_;
    while (i_ < s_.size() && IsNameChar(s_[i_])) ++i_;
    return s_.substr(start, i_ - start);
  }
  const MessageArg* Find(std::string_view name) const {
    if (!args_) return nullptr;
    for (const MessageArg& a : *args_) {
      if (a.name == name) return &a;
    }
    return nullptr;
  }

  // Text up to the end, or up to the '}' that closes a branch (left unread).
  bool Text(bool nested, std::optional<std::int64_t> hash, bool emit) {
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (c == '\'') {
        const char next = i_ + 1 < s_.size() ? s_[i_ + 1] : '\0';
        if (next == '\'') {
          Emit(emit, "'");
          i_ += 2;
        } else if (next == '{' || next == '}' || (next == '#' && hash)) {
          const size_t close = s_.find('\'', i_ + 1);
          if (close == std::string_view::npos) return Fail("an unclosed quote");
          Emit(emit, s_.substr(i_ + 1, close - i_ - 1));
          i_ = close + 1;
        } else {
          Emit(emit, "'");
          ++i_;
        }
      } else if (c == '{') {
        if (!Argument(hash, emit)) return false;
      } else if (c == '}') {
        return nested ? true : Fail("a '}' that closes nothing");
      } else if (c == '#' && hash) {
        Emit(emit, FormatNumber(static_cast<double>(*hash), 0, language_));
        ++i_;
      } else {
        Emit(emit, s_.substr(i_, 1));
        ++i_;
      }
    }
    return nested ? Fail("an unclosed '{'") : true;
  }

  bool Argument(std::optional<std::int64_t> hash, bool emit) {
    const size_t start = i_++;
    SkipSpace();
    const std::string_view name = Word();
    if (name.empty()) return Fail("an argument without a name");
    if (names_) names_->emplace(name);
    SkipSpace();
    const MessageArg* arg = Find(name);
    if (i_ >= s_.size()) return Fail("an unclosed '{'");
    if (s_[i_] == '}') {
      ++i_;
      if (!emit) return true;
      if (!arg) {
        Emit(emit, s_.substr(start, i_ - start));
      } else if (!arg->is_number) {
        Emit(emit, arg->text);
      } else {
        Emit(emit, FormatNumber(static_cast<double>(arg->number), 0, language_));
      }
      return true;
    }
    if (s_[i_] != ',') return Fail("an argument that is not '{name}' or '{name, type, ...}'");
    ++i_;
    SkipSpace();
    const std::string_view type = Word();
    if (type != "plural" && type != "select")
      return Fail("an argument type other than plural or select");
    SkipSpace();
    if (i_ >= s_.size() || s_[i_] != ',')
      return Fail("a " + std::string(type) + " without branches");
    ++i_;
    return Branches(start, type == "plural", arg, emit, hash);
  }

  bool Branches(size_t start, bool plural, const MessageArg* arg, bool emit,
                std::optional<std::int64_t> outer_hash) {
    std::optional<std::int64_t> number;
    std::string key_wanted;
    if (arg) {
      if (arg->is_number) {
        number = arg->number;
        key_wanted = plural ? std::string(PluralCategory(arg->number, language_))
                            : std::to_string(arg->number);
      } else if (!plural) {
        key_wanted = std::string(arg->text);
      }
    }
    const bool known = plural ? number.has_value() : arg != nullptr;
    std::optional<size_t> exact, category, other;
    for (;;) {
      SkipSpace();
      if (i_ >= s_.size()) return Fail("an unclosed '{'");
      if (s_[i_] == '}') break;
      std::string key;
      if (plural && s_[i_] == '=') {
        ++i_;
        key = "=" + std::string(Word());
        if (key.size() == 1 || key.find_first_not_of("=0123456789") != std::string::npos) {
          return Fail("a plural branch '=' without a number");
        }
      } else {
        key = std::string(Word());
        if (key.empty()) return Fail("a branch without a key");
        if (plural && key != "one" && key != "other") {
          return Fail("a plural category other than one or other ('" + key + "')");
        }
      }
      SkipSpace();
      if (i_ >= s_.size() || s_[i_] != '{') return Fail("a branch key without its '{'");
      const size_t body = ++i_;
      if (known && number && key == "=" + std::to_string(*number)) exact = body;
      if (known && key == key_wanted) category = body;
      if (key == "other") other = body;
      if (!Text(/*nested=*/true, plural ? number.value_or(0) : outer_hash, /*emit=*/false))
        return false;
      ++i_;  // The branch's '}'.
    }
    ++i_;  // The argument's '}'.
    if (!other)
      return Fail(std::string("a ") + (plural ? "plural" : "select") +
                  " without an 'other' branch");
    if (!emit) return true;
    if (!known) {
      Emit(emit, s_.substr(start, i_ - start));
      return true;
    }
    const size_t end = i_;
    i_ = exact ? *exact : category ? *category : *other;
    const bool ok = Text(/*nested=*/true, plural ? number : outer_hash, /*emit=*/true);
    i_ = end;
    return ok;
  }

  std::string_view s_;
  std::string_view language_;
  const std::initializer_list<MessageArg>* args_;
  std::string* out_;
  std::set<std::string>* names_;
  size_t i_ = 0;
  std::string problem_;
};

}  // namespace

std::string FormatMessage(std::string_view message, std::string_view language,
                          std::initializer_list<MessageArg> args) {
  std::string out;
  Parser parser(message, language, &args, &out, nullptr);
  if (!parser.Run()) {
    // What was written before the fault may end inside a branch; the message
    // from the argument that failed on is given as written.
    out.clear();
    out.append(message);
  }
  return out;
}

std::string MessageProblem(std::string_view message) {
  Parser parser(message, "en", nullptr, nullptr, nullptr);
  return parser.Run() ? std::string() : parser.problem();
}

std::set<std::string> MessageArgumentNames(std::string_view message) {
  std::set<std::string> names;
  Parser(message, "en", nullptr, nullptr, &names).Run();
  return names;
}

std::string FormatNumber(double value, int decimals, std::string_view language) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals < 0 ? 0 : decimals, value);
  std::string digits = buffer;
  bool negative = !digits.empty() && digits[0] == '-';
  if (negative) digits.erase(0, 1);
  if (digits.find_first_not_of("0.") == std::string::npos) negative = false;  // No "-0".
  const size_t point = digits.find('.');
  const std::string whole = digits.substr(0, point);
  const std::string fraction = point == std::string::npos ? "" : digits.substr(point + 1);
  const bool comma = language == "de" || language == "fr";
  const std::string group = language == "fr" ? "\xC2\xA0" : language == "de" ? "." : ",";
  std::string out = negative ? "-" : "";
  for (size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += group;
    out += whole[i];
  }
  if (!fraction.empty()) out += (comma ? "," : ".") + fraction;
  return out;
}

std::string FormatDate(std::string_view iso_date, std::string_view language) {
  if (!IsCalendarDate(iso_date)) return std::string(iso_date);
  const std::string_view year = iso_date.substr(0, 4), month = iso_date.substr(5, 2),
                         day = iso_date.substr(8, 2);
  if (language == "de")
    return std::string(day) + "." + std::string(month) + "." + std::string(year);
  if (language == "fr")
    return std::string(day) + "/" + std::string(month) + "/" + std::string(year);
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const int m = (month[0] - '0') * 10 + (month[1] - '0');
  const std::string_view d = day[0] == '0' ? day.substr(1) : day;
  return std::string(d) + " " + kMonths[m - 1] + " " + std::string(year);
}

}  // namespace cloudgap
