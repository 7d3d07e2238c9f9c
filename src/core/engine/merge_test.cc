#include "core/engine/merge.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/document/question_pack.h"
#include "core/document/sample_assessment.h"
#include "core/engine/wording.h"
#include "core/testing/fixtures.h"
#include "core/testing/shipped_language.h"
#include "core/testing/synthetic_catalog.h"
#include "core/testing/test_catalog.h"

namespace cloudgap {
namespace {

constexpr char kLater[] = "2024-03-02T08:00:00Z";
constexpr char kMerged[] = "2024-03-05T10:00:00Z";

const Catalog& Cat() {
  return BuiltinCatalog();
}

Assessment Sample() {
  Assessment a = SampleAssessment(Cat(), AssessmentMode::kFull, kTestNow);
  a.answers["5.1.1-q1"] = {Answer::kNotApplicable, "No cloud policy is needed here"};
  a.controls["CLD.6.3.1"].not_applicable = true;
  a.controls["CLD.6.3.1"].justification = "Out of scope for this service";
  a.controls["9.2.3"].due_date = "2024-06-30";
  a.controls["9.2.3"].maturity = 2;
  a.controls["9.2.3"].status = WorkStatus::kReviewed;
  a.controls["9.2.3"].reviewer = "Dana";
  return a;
}

Assessment Pack(const Assessment& from, const std::vector<std::string>& ids,
                const std::string& respondent = "") {
  PackResult made = MakeQuestionPack(Cat(), from, ids, "", kLater);
  EXPECT_EQ(made.error, "");
  Assessment pack = made.pack.value_or(Assessment{});
  if (!respondent.empty()) {
    EXPECT_TRUE(SetPackRespondent(&pack, respondent, kLater).ok());
  }
  return pack;
}

MergePlan Plan(const Assessment& base, std::vector<Assessment> incoming) {
  std::vector<MergeInput> inputs;
  for (size_t i = 0; i < incoming.size(); ++i) {
    inputs.push_back({"file " + std::to_string(i + 1), std::move(incoming[i])});
  }
  return PlanMerge(Cat(), {"this assessment", base}, std::move(inputs));
}

// The document's parts that hold what people answered, as written.
std::string AnswersAsWritten(const Assessment& a) {
  const nlohmann::json doc = nlohmann::json::parse(SerializeAssessmentDocument(a));
  return doc["answers"].dump() + doc["na_justifications"].dump() + doc["controls"].dump();
}

// Splits the catalog's controls into `count` random packs from `from`.
std::vector<Assessment> RandomPacks(const Assessment& from, int count, std::uint64_t seed,
                                    bool named) {
  SplitMix64 rng(seed);
  std::vector<std::vector<std::string>> ids(static_cast<size_t>(count));
  for (const Control& c : Cat().controls) {
    ids[static_cast<size_t>(rng.Uniform(0, count - 1))].push_back(c.id);
  }
  std::vector<Assessment> packs;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (ids[i].empty()) continue;
    packs.push_back(Pack(from, ids[i], named ? "Person " + std::to_string(i) : ""));
  }
  return packs;
}

TEST(Merge, ADocumentMergedWithItselfIsUnchanged) {
  const Assessment a = Sample();
  const MergePlan plan = Plan(a, {a});
  EXPECT_EQ(plan.error, "");
  EXPECT_TRUE(plan.conflicts.empty());
  EXPECT_EQ(plan.taken, (std::vector<size_t>{0, 0}));
  EXPECT_TRUE(plan.warnings.empty());
  const MergeResult result = ApplyMerge(plan, {}, kMerged);
  ASSERT_TRUE(result.merged) << result.error;
  EXPECT_EQ(*result.merged, a);  // updated_at too: nothing changed.
}

// The property of the issue: packs that together cover the assessment,
// answered as handed out, give back its answers byte for byte, merged into
// a fresh document or into the assessment itself, in any order.
TEST(Merge, PacksCoveringTheAssessmentReproduceItsAnswersByteForByte) {
  const Assessment whole = Sample();
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    std::vector<Assessment> packs = RandomPacks(whole, 1 + static_cast<int>(seed % 5), seed, false);
    if (seed % 2) std::reverse(packs.begin(), packs.end());
    const Assessment fresh = NewAssessment(Cat(), whole.profile, kTestNow);
    for (const Assessment* base : {&fresh, &whole}) {
      const MergePlan plan = Plan(*base, packs);
      EXPECT_TRUE(plan.conflicts.empty()) << seed;
      const MergeResult result = ApplyMerge(plan, {}, kMerged);
      ASSERT_TRUE(result.merged) << result.error;
      EXPECT_EQ(AnswersAsWritten(*result.merged), AnswersAsWritten(whole)) << seed;
    }
  }
}

TEST(Merge, EachRespondentIsRecordedOnTheControlsTheirPackAnswered) {
  const Assessment whole = Sample();
  const Assessment fresh = NewAssessment(Cat(), whole.profile, kTestNow);
  Assessment alice = Pack(whole, {"12.4.1", "5.1.1"}, "Alice");
  Assessment bob = Pack(fresh, {"9.2.3", "12.4.1"}, "Bob");
  ASSERT_TRUE(SetAnswer(Cat(), &bob, "9.2.3-q1", Answer::kYes, "", kLater).ok());
  const MergeResult result = ApplyMerge(Plan(fresh, {alice, bob}), {}, kMerged);
  ASSERT_TRUE(result.merged) << result.error;
  const Assessment& merged = *result.merged;
  EXPECT_EQ(merged.controls.at("5.1.1").answered_by, (std::vector<std::string>{"Alice"}));
  EXPECT_EQ(merged.controls.at("12.4.1").answered_by, (std::vector<std::string>{"Alice"}));
  EXPECT_EQ(merged.controls.at("9.2.3").answered_by, (std::vector<std::string>{"Bob"}));
  // Who answered is kept through a second merge and through the file.
  const MergeResult again = ApplyMerge(Plan(merged, {merged}), {}, kMerged);
  ASSERT_TRUE(again.merged);
  EXPECT_EQ(*again.merged, merged);
  const DocumentParseResult read =
      ParseAssessmentDocument(Cat(), SerializeAssessmentDocument(merged));
  ASSERT_TRUE(read.assessment);
  EXPECT_EQ(*read.assessment, merged);
}

TEST(Merge, DifferentAnswersAreAConflictWithBothValuesAndWhoseTheyAre) {
  const Assessment whole = Sample();
  Assessment pack = Pack(whole, {"12.4.1"}, "Alice");
  const Answer before = whole.AnswerTo("12.4.1-q1");
  const Answer other = before == Answer::kNo ? Answer::kYes : Answer::kNo;
  ASSERT_TRUE(SetAnswer(Cat(), &pack, "12.4.1-q1", other, "", kLater).ok());
  ASSERT_TRUE(SetControlNotes(Cat(), &pack, "12.4.1", "Staging is covered now.", kLater).ok());
  const MergePlan plan = Plan(whole, {pack});
  ASSERT_EQ(plan.conflicts.size(), 2u);
  const MergeConflict& answer = plan.conflicts[0];
  EXPECT_EQ(answer.key, "12.4.1-q1");
  EXPECT_EQ(answer.field, MergeField::kAnswer);
  ASSERT_EQ(answer.options.size(), 2u);
  EXPECT_EQ(answer.options[0].source, 0u);
  EXPECT_EQ(answer.options[1].source, 1u);
  EXPECT_EQ(answer.options[1].text, AnswerLabel(Cat(), other));
  const MergeConflict& notes = plan.conflicts[1];
  EXPECT_EQ(notes.key, "12.4.1/notes");
  EXPECT_EQ(notes.options[1].text, "Staging is covered now.");

  const MergeResult unchosen = ApplyMerge(plan, {1, std::nullopt}, kMerged);
  EXPECT_FALSE(unchosen.merged);
  EXPECT_TRUE(Contains(unchosen.error, "12.4.1/notes")) << unchosen.error;

  const MergeResult theirs = ApplyMerge(plan, {1, 1}, kMerged);
  ASSERT_TRUE(theirs.merged);
  EXPECT_EQ(theirs.merged->AnswerTo("12.4.1-q1"), other);
  EXPECT_EQ(theirs.merged->controls.at("12.4.1").notes, "Staging is covered now.");
  EXPECT_EQ(theirs.merged->updated_at, kMerged);
  const MergeResult mine = ApplyMerge(plan, {0, 0}, kMerged);
  ASSERT_TRUE(mine.merged);
  EXPECT_EQ(mine.merged->AnswerTo("12.4.1-q1"), before);
  EXPECT_EQ(mine.merged->controls.at("12.4.1").notes, whole.controls.at("12.4.1").notes);
  // Only who answered changed.
  EXPECT_EQ(mine.merged->controls.at("12.4.1").answered_by, (std::vector<std::string>{"Alice"}));
}

// Every kind of control field conflicts the same way, keyed by control and field.
TEST(Merge, EachControlFieldConflictsOnItsOwn) {
  const Assessment whole = Sample();
  Assessment other = whole;
  other.controls["CLD.6.3.1"].justification = "Another reason given";
  ControlRecord& r = other.controls["9.2.3"];
  r.due_date = "2024-07-31";
  r.maturity = 3;
  r.target = 4;  // Unset in the base: taken.
  r.status = WorkStatus::kInProgress;
  r.reviewer = "Eve";
  other.controls["12.4.1"].owner = "Security team";
  const MergePlan plan = Plan(whole, {other});
  std::vector<std::string> keys;
  for (const MergeConflict& c : plan.conflicts) keys.push_back(c.key);
  EXPECT_EQ(keys,
            (std::vector<std::string>{"CLD.6.3.1/applicability", "9.2.3/due_date", "9.2.3/maturity",
                                      "9.2.3/status", "9.2.3/reviewer", "12.4.1/owner"}));
  EXPECT_EQ(plan.taken[1], 1u);
  EXPECT_EQ(plan.conflicts[3].options[1].text, "In progress");
  EXPECT_EQ(plan.conflicts[0].options[0].text, "Not applicable: Out of scope for this service");
  const MergeResult result = ApplyMerge(plan, std::vector<std::optional<size_t>>(6, 1), kMerged);
  ASSERT_TRUE(result.merged) << result.error;
  EXPECT_EQ(*result.merged, [&] {
    Assessment expected = other;
    expected.updated_at = kMerged;
    return expected;
  }());
}

TEST(Merge, ValuesSetOnOneSideAreTakenAndEvidenceIsTheUnion) {
  const Assessment whole = Sample();
  Assessment pack = Pack(NewAssessment(Cat(), whole.profile, kTestNow), {"12.4.1", "9.2.3"});
  ASSERT_TRUE(
      SetControlEvidence(Cat(), &pack, "12.4.1",
                         {{"Logging standard v2", "https://intranet.example/policies/logging"},
                          {"SIEM screenshot", ""}},
                         kLater)
          .ok());
  ASSERT_TRUE(SetControlTarget(Cat(), &pack, "9.2.3", 4, kLater).ok());
  const MergePlan plan = Plan(whole, {pack});
  EXPECT_TRUE(plan.conflicts.empty());
  EXPECT_EQ(plan.taken[1], 2u);  // One evidence item, one target.
  const MergeResult result = ApplyMerge(plan, {}, kMerged);
  ASSERT_TRUE(result.merged);
  ASSERT_EQ(result.merged->controls.at("12.4.1").evidence.size(), 2u);
  EXPECT_EQ(result.merged->controls.at("12.4.1").evidence[1].text, "SIEM screenshot");
  EXPECT_EQ(result.merged->controls.at("9.2.3").target, 4);
  EXPECT_EQ(AnswersAsWritten(*result.merged).size() > AnswersAsWritten(whole).size(), true);
}

// Three inputs, three different answers: one conflict with three options.
TEST(Merge, ManyValuesAreOneConflict) {
  const Assessment whole = Sample();
  Assessment yes = Pack(whole, {"12.4.1"}, "A");
  Assessment no = Pack(whole, {"12.4.1"}, "B");
  ASSERT_TRUE(
      SetAnswer(Cat(), &yes, "12.4.1-q1", Answer::kNotApplicable, "Because of X", kLater).ok());
  ASSERT_TRUE(SetAnswer(Cat(), &no, "12.4.1-q1", Answer::kDontKnow, "", kLater).ok());
  const MergePlan plan = Plan(whole, {yes, no, yes});
  ASSERT_EQ(plan.conflicts.size(), 1u);
  ASSERT_EQ(plan.conflicts[0].options.size(), 3u);
  // The third file says what the first did: its value is that option.
  EXPECT_EQ(plan.conflicts[0].options[1].holders, (std::vector<size_t>{1, 3}));
  EXPECT_EQ(OptionHeldBy(plan.conflicts[0], 3), 1u);
  EXPECT_EQ(OptionHeldBy(plan.conflicts[0], 0), 0u);
  EXPECT_EQ(plan.conflicts[0].options[1].text, "Not applicable: Because of X");
  const MergeResult chosen = ApplyMerge(plan, {1}, kMerged);
  ASSERT_TRUE(chosen.merged);
  EXPECT_EQ(chosen.merged->answers.at("12.4.1-q1").justification, "Because of X");
}

// The second property: with any one choice left out, nothing merges.
TEST(Merge, NoConflictIsEverResolvedWithoutAChoice) {
  const Assessment whole = Sample();
  SplitMix64 rng(7);
  const Answer answers[] = {Answer::kYes, Answer::kPartly, Answer::kNo, Answer::kDontKnow};
  for (int round = 0; round < 20; ++round) {
    Assessment changed = whole;
    for (auto& [id, answer] : changed.answers) {
      if (rng.Uniform(0, 9) == 0) answer = {answers[rng.Uniform(0, 3)], ""};
    }
    const MergePlan plan = Plan(whole, {changed});
    std::vector<std::optional<size_t>> all(plan.conflicts.size(), size_t{1});
    for (size_t skip = 0; skip < plan.conflicts.size(); ++skip) {
      std::vector<std::optional<size_t>> choices = all;
      choices[skip] = std::nullopt;
      const MergeResult result = ApplyMerge(plan, choices, kMerged);
      EXPECT_FALSE(result.merged);
      EXPECT_TRUE(Contains(result.error, plan.conflicts[skip].key));
    }
    ASSERT_FALSE(all.empty());
    // Too few choices: the ones past the end are missing.
    EXPECT_FALSE(
        ApplyMerge(plan, std::vector<std::optional<size_t>>(all.size() - 1, 1), kMerged).merged);
    const MergeResult taken = ApplyMerge(plan, all, kMerged);
    ASSERT_TRUE(taken.merged);
    EXPECT_EQ(taken.merged->answers, changed.answers);
  }
}

TEST(Merge, WarnsOfAnotherOrganisationAndOfAPackMergedTwice) {
  const Assessment whole = Sample();
  const Assessment pack = Pack(whole, {"12.4.1"});
  Assessment elsewhere = whole;
  elsewhere.profile.organisation = "Other Org";
  Assessment other_profile = whole;
  other_profile.profile.capacity_days_per_month = 3;
  const MergePlan plan = Plan(whole, {pack, elsewhere, pack, other_profile});
  ASSERT_EQ(plan.warnings.size(), 3u);
  EXPECT_EQ(plan.warnings[0],
            "file 2 is for \"Other Org\"; this assessment is for \"Example Cloud Ltd\"");
  EXPECT_EQ(plan.warnings[1], "file 1 and file 3 are the same pack");
  EXPECT_TRUE(Contains(plan.warnings[2], "file 4 was answered with another profile"));
  EXPECT_EQ(plan.merged.profile, whole.profile);
}

TEST(Merge, RefusesToMergeIntoAPackOrNothing) {
  const Assessment whole = Sample();
  const MergePlan into_pack = Plan(Pack(whole, {"12.4.1"}), {whole});
  EXPECT_TRUE(Contains(into_pack.error, "merge into the whole assessment"));
  EXPECT_FALSE(ApplyMerge(into_pack, {}, kMerged).merged);
  EXPECT_TRUE(Contains(Plan(whole, {}).error, "at least one file"));
  EXPECT_FALSE(ApplyMerge(Plan(whole, {whole}), {}, "now").merged);
}

// A merge refused for a difference left unchosen says so in the language,
// naming the difference by its key.
TEST(Merge, ARefusalIsInTheLanguage) {
  const Assessment whole = Sample();
  Assessment pack = Pack(whole, {"12.4.1"}, "Alice");
  ASSERT_TRUE(SetControlNotes(Cat(), &pack, "12.4.1", "Staging is covered now.", kLater).ok());
  const MergePlan plan = Plan(whole, {pack});
  ASSERT_EQ(plan.conflicts.size(), 1u);
  const ShippedLanguage german = LoadShippedLanguage("de"), french = LoadShippedLanguage("fr");
  EXPECT_EQ(ApplyMerge(plan, {}, kMerged).error,
            "choose a value for 12.4.1/notes (2 differ); nothing is merged until every conflict "
            "is chosen");
  EXPECT_EQ(ApplyMerge(plan, {}, kMerged, german.words).error,
            "wählen Sie einen Wert für 12.4.1/notes (2 verschiedene); es wird nichts "
            "zusammengeführt, solange nicht jeder Unterschied entschieden ist");
  EXPECT_EQ(ApplyMerge(plan, {}, kMerged, french.words).error,
            "choisissez une valeur pour 12.4.1/notes (2 différentes)\u00a0; rien n’est fusionné "
            "tant que chaque différence n’est pas tranchée");
  EXPECT_EQ(ApplyMerge(plan, {0}, "now").error, "'now' is not an ISO-8601 UTC timestamp");
  EXPECT_EQ(ApplyMerge(plan, {0}, "now", german.words).error,
            "'now' ist kein ISO-8601-Zeitstempel in UTC");
  EXPECT_TRUE(ApplyMerge(plan, {0}, kMerged, french.words).merged);
}

}  // namespace
}  // namespace cloudgap
