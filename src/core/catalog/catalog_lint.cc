#include "core/catalog/catalog_lint.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

namespace cloudgap {
namespace {

// Words that say nothing about the practice asked ("cloud" and "service" are in
// nearly every question of this catalog).
const std::set<std::string> kFunctionWords = {
    "cloud", "service", "services", "and",   "are",   "but",    "can",   "did",   "does",
    "each",  "for",     "from",     "has",   "have",  "how",    "its",   "not",   "one",
    "that",  "the",     "their",    "them",  "then",  "there",  "these", "they",  "this",
    "those", "what",    "when",     "where", "which", "who",    "whom",  "why",   "will",
    "with",  "within",  "you",      "your",  "yours", "all",    "any",   "every", "been",
    "being", "into",    "onto",     "our",   "out",   "was",    "were",  "would", "should",
    "could", "also",    "only",     "such",  "than",  "before", "after"};

// "logs", "logged", "logging" -> "logg"/"log": enough folding that a reworded
// copy still matches, without a dictionary.
std::string Stem(std::string word) {
  for (const char* suffix : {"ing", "ed", "es", "s"}) {
    const size_t n = std::char_traits<char>::length(suffix);
    if (word.size() >= n + 4 && word.compare(word.size() - n, n, suffix) == 0) {
      word.resize(word.size() - n);
      break;
    }
  }
  return word;
}

std::set<std::string> ContentWords(std::string_view text) {
  std::set<std::string> words;
  std::string word;
  auto flush = [&] {
    if (word.size() >= 3 && !kFunctionWords.count(word)) words.insert(Stem(word));
    word.clear();
  };
  for (char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c)) {
      word += static_cast<char>(std::tolower(c));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

bool ShareRole(const Question& a, const Question& b) {
  for (Role r : a.roles) {
    if (HasRole(b.roles, r)) return true;
  }
  return false;
}

struct Entry {
  const Control* control;
  const Question* question;
  std::set<std::string> words;
};

double Jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t common = 0;
  for (const std::string& w : a) common += b.count(w);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

}  // namespace

const char* LintKindName(LintKind kind) {
  return TextOf(kLintKindNames, kind);
}

bool JoinsWithAndOr(std::string_view text) {
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isalpha(c)) {
      word += static_cast<char>(std::tolower(c));
      continue;
    }
    if (word == "and" || word == "or") return true;
    word.clear();
  }
  return false;
}

double ContentSimilarity(std::string_view a, std::string_view b) {
  return Jaccard(ContentWords(a), ContentWords(b));
}

std::vector<LintFinding> LintCatalog(const Catalog& catalog, const JsonWords& words) {
  std::vector<LintFinding> findings;
  std::vector<Entry> full;
  for (const Control& c : catalog.controls) {
    for (const std::vector<Question>* list : {&c.questions, &c.quick_questions}) {
      for (const Question& q : *list) {
        if (q.one_practice) continue;
        for (const std::string* text : {&q.text, &q.inherited_text}) {
          if (!JoinsWithAndOr(*text)) continue;
          findings.push_back({LintKind::kTwoPractices, q.id,
                              words.Tr("joins two things with \"and\"/\"or\": split it, or mark it "
                                       "one_practice if they are parts of one practice: \"{text}\"",
                                       {{"text", *text}})});
          break;
        }
      }
    }
    for (const Question& q : c.questions) full.push_back({&c, &q, ContentWords(q.text)});
  }
  // Quadratic, but over a few hundred questions and only when an author asks.
  for (size_t i = 0; i < full.size(); ++i) {
    for (size_t k = i + 1; k < full.size(); ++k) {
      const Entry& a = full[i];
      const Entry& b = full[k];
      if (a.control == b.control || !ShareRole(*a.question, *b.question)) continue;
      const double similarity = Jaccard(a.words, b.words);
      if (similarity < kNearDuplicateSimilarity) continue;
      findings.push_back(
          {LintKind::kNearDuplicate, a.question->id + " ~ " + b.question->id,
           words.Tr("the two questions ask nearly the same ({percent}% of their words in "
                    "common): ask it once, in its home control",
                    {{"percent", std::to_string(static_cast<int>(similarity * 100 + 0.5))}})});
    }
  }
  for (const Control& c : catalog.controls) {
    for (const Mapping& m : c.iso27002_2022) {
      if (m.basis != MappingBasis::kUnstated) continue;
      findings.push_back({LintKind::kNoProvenance, c.id + " iso27002_2022 " + m.id,
                          words.Tr("no basis: say whether it is the standard's own correspondence "
                                   "(\"standard\") or CloudGap's judgement (\"judgement\")",
                                   {})});
    }
  }
  return findings;
}

}  // namespace cloudgap
