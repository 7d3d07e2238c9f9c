#include "core/engine/merge.h"

#include <algorithm>
#include <utility>

#include "core/engine/closeout.h"
#include "core/engine/wording.h"
#include "core/text/input_limits.h"
#include "core/text/iso_date.h"

namespace cloudgap {
namespace {

constexpr size_t kMaxNamesPerControl = 50;  // As the document reader holds them.

// How one field of a control record is merged: whether it is set, whether two
// values are the same, how it is copied and how people read it.
struct FieldRule {
  MergeField field;
  bool (*is_set)(const ControlRecord&);
  bool (*same)(const ControlRecord&, const ControlRecord&);
  void (*copy)(const ControlRecord& from, ControlRecord* to);
  std::string (*text)(const ControlRecord&, const MessageCatalog& words);
};

template <std::string ControlRecord::*M>
constexpr FieldRule TextField(MergeField field) {
  return {field, [](const ControlRecord& r) { return !(r.*M).empty(); },
          [](const ControlRecord& a, const ControlRecord& b) { return a.*M == b.*M; },
          [](const ControlRecord& from, ControlRecord* to) { to->*M = from.*M; },
          [](const ControlRecord& r, const MessageCatalog&) { return r.*M; }};
}

template <std::optional<int> ControlRecord::*M>
constexpr FieldRule LevelField(MergeField field) {
  return {field, [](const ControlRecord& r) { return (r.*M).has_value(); },
          [](const ControlRecord& a, const ControlRecord& b) { return a.*M == b.*M; },
          [](const ControlRecord& from, ControlRecord* to) { to->*M = from.*M; },
          [](const ControlRecord& r, const MessageCatalog& words) {
            return words.Tr("Level {level}", {{"level", *(r.*M)}});
          }};
}

const FieldRule kFieldRules[] = {
    {MergeField::kApplicability, [](const ControlRecord& r) { return r.not_applicable; },
     [](const ControlRecord& a, const ControlRecord& b) {
       return a.justification == b.justification;
     },
     [](const ControlRecord& from, ControlRecord* to) {
       to->not_applicable = from.not_applicable;
       to->justification = from.justification;
     },
     [](const ControlRecord& r, const MessageCatalog& words) {
       return words.Tr("Not applicable: {why}", {{"why", r.justification}});
     }},
    TextField<&ControlRecord::notes>(MergeField::kNotes),
    TextField<&ControlRecord::owner>(MergeField::kOwner),
    TextField<&ControlRecord::due_date>(MergeField::kDueDate),
    LevelField<&ControlRecord::maturity>(MergeField::kMaturity),
    LevelField<&ControlRecord::target>(MergeField::kTarget),
    {MergeField::kStatus, [](const ControlRecord& r) { return r.status.has_value(); },
     [](const ControlRecord& a, const ControlRecord& b) { return a.status == b.status; },
     [](const ControlRecord& from, ControlRecord* to) { to->status = from.status; },
     [](const ControlRecord& r, const MessageCatalog& words) {
       return std::string(WorkStatusLabel(*r.status, words));
     }},
    TextField<&ControlRecord::reviewer>(MergeField::kReviewer),
};

const FieldRule& RuleFor(MergeField field) {
  for (const FieldRule& rule : kFieldRules) {
    if (rule.field == field) return rule;
  }
  return kFieldRules[0];  // Unreachable: every field but kAnswer has a rule.
}

const ControlRecord& RecordOf(const Assessment& a, const std::string& control_id) {
  static const ControlRecord kNone;
  const ControlRecord* record = a.RecordFor(control_id);
  return record ? *record : kNone;
}

std::string AnswerText(const Catalog& catalog, const QuestionAnswer& answer,
                       const MessageCatalog& words) {
  std::string text = AnswerLabel(catalog, answer.answer, words);
  if (answer.answer == Answer::kNotApplicable) text += ": " + answer.justification;
  return text;
}

// Whether the document answered or recorded anything for the control.
bool Touched(const Assessment& a, const Control& control) {
  for (const std::vector<Question>* list : {&control.questions, &control.quick_questions}) {
    for (const Question& q : *list) {
      if (a.AnswerTo(q.id) != Answer::kUnanswered) return true;
    }
  }
  ControlRecord record = RecordOf(a, control.id);
  record.answered_by.clear();
  return !(record == ControlRecord{});
}

void AddName(std::vector<std::string>* names, const std::string& name) {
  if (IsBlank(name) || names->size() >= kMaxNamesPerControl) return;
  if (std::find(names->begin(), names->end(), name) == names->end()) names->push_back(name);
}

class Planner {
 public:
  Planner(const Catalog& catalog, const MessageCatalog& words, MergePlan* plan)
      : catalog_(catalog), words_(words), plan_(*plan) {}

  void Run() {
    const std::vector<MergeInput>& in = plan_.inputs;
    plan_.merged = in[0].document;
    plan_.taken.assign(in.size(), 0);
    Warn();
    for (const Control& control : catalog_.controls) {
      for (const std::vector<Question>* list : {&control.questions, &control.quick_questions}) {
        for (const Question& q : *list) MergeAnswer(control, q.id);
      }
      for (const FieldRule& rule : kFieldRules) MergeField(control, rule);
      MergeEvidence(control);
      MergeNames(control);
      auto it = plan_.merged.controls.find(control.id);
      if (it != plan_.merged.controls.end() && it->second == ControlRecord{}) {
        plan_.merged.controls.erase(it);
      }
    }
    for (size_t i = 1; i < in.size(); ++i) {
      for (const std::string& step : in[i].document.steps_done) {
        if (plan_.merged.steps_done.insert(step).second) ++plan_.taken[i];
      }
    }
  }

 private:
  void Warn() {
    const std::vector<MergeInput>& in = plan_.inputs;
    const Profile& mine = in[0].document.profile;
    for (size_t i = 1; i < in.size(); ++i) {
      const Assessment& doc = in[i].document;
      if (doc.profile.organisation != mine.organisation) {
        plan_.warnings.push_back(
            words_.Tr("{file} is for \"{organisation}\"; this assessment is for \"{ours}\"",
                      {{"file", in[i].name},
                       {"organisation", doc.profile.organisation},
                       {"ours", mine.organisation}}));
      } else if (!(doc.profile == mine)) {
        plan_.warnings.push_back(
            words_.Tr("{file} was answered with another profile; the assessment's is kept",
                      {{"file", in[i].name}}));
      }
      for (size_t j = 1; j < i; ++j) {
        const Assessment& other = in[j].document;
        if (doc.pack && other.pack && doc.pack->id == other.pack->id) {
          plan_.warnings.push_back(words_.Tr("{first} and {second} are the same pack",
                                             {{"first", in[j].name}, {"second", in[i].name}}));
        }
      }
    }
  }

  void MergeAnswer(const Control& control, const std::string& question_id) {
    std::vector<MergeOption> options;
    std::vector<QuestionAnswer> values;
    for (size_t i = 0; i < plan_.inputs.size(); ++i) {
      const auto& answers = plan_.inputs[i].document.answers;
      auto it = answers.find(question_id);
      if (it == answers.end() || it->second.answer == Answer::kUnanswered) continue;
      const auto same = std::find(values.begin(), values.end(), it->second);
      if (same != values.end()) {
        options[static_cast<size_t>(same - values.begin())].holders.push_back(i);
        continue;
      }
      values.push_back(it->second);
      options.push_back({i, AnswerText(catalog_, it->second, words_), {i}});
    }
    if (options.empty()) return;
    plan_.merged.answers[question_id] = values[0];
    Settle(std::move(options), control.id, question_id, MergeField::kAnswer, question_id);
  }

  void MergeField(const Control& control, const FieldRule& rule) {
    std::vector<MergeOption> options;
    std::vector<const ControlRecord*> values;
    for (size_t i = 0; i < plan_.inputs.size(); ++i) {
      const ControlRecord& r = RecordOf(plan_.inputs[i].document, control.id);
      if (!rule.is_set(r)) continue;
      size_t seen = 0;
      while (seen < values.size() && !rule.same(*values[seen], r)) ++seen;
      if (seen < values.size()) {
        options[seen].holders.push_back(i);
        continue;
      }
      values.push_back(&r);
      options.push_back({i, rule.text(r, words_), {i}});
    }
    if (options.empty()) return;
    rule.copy(*values[0], &plan_.merged.controls[control.id]);
    const std::string key = control.id + "/" + TextOf(kMergeFieldNames, rule.field);
    Settle(std::move(options), control.id, "", rule.field, key);
  }

  // One value everywhere: taken (counted when the base lacked it). More: a conflict.
  void Settle(std::vector<MergeOption> options, const std::string& control_id,
              const std::string& question_id, cloudgap::MergeField field, const std::string& key) {
    if (options.size() == 1) {
      if (options[0].source != 0) ++plan_.taken[options[0].source];
      return;
    }
    plan_.conflicts.push_back({key, control_id, question_id, field, std::move(options)});
  }

  void MergeEvidence(const Control& control) {
    std::vector<EvidenceRef> all;
    for (size_t i = 0; i < plan_.inputs.size(); ++i) {
      for (const EvidenceRef& e : RecordOf(plan_.inputs[i].document, control.id).evidence) {
        if (std::find(all.begin(), all.end(), e) != all.end()) continue;
        if (all.size() == kMaxEvidenceItems) {
          plan_.warnings.push_back(
              words_.Tr("control {control} holds {count} evidence items; \"{evidence}\" from "
                        "{file} was left out",
                        {{"control", control.id},
                         {"count", kMaxEvidenceItems},
                         {"evidence", e.text.empty() ? e.link : e.text},
                         {"file", plan_.inputs[i].name}}));
          continue;
        }
        all.push_back(e);
        if (i != 0) ++plan_.taken[i];
      }
    }
    if (!all.empty()) plan_.merged.controls[control.id].evidence = std::move(all);
  }

  void MergeNames(const Control& control) {
    std::vector<std::string> names;
    for (const MergeInput& input : plan_.inputs) {
      for (const std::string& name : RecordOf(input.document, control.id).answered_by) {
        AddName(&names, name);
      }
      const std::optional<QuestionPack>& pack = input.document.pack;
      if (pack && Touched(input.document, control)) AddName(&names, pack->respondent);
    }
    if (!names.empty()) plan_.merged.controls[control.id].answered_by = std::move(names);
  }

  const Catalog& catalog_;
  const MessageCatalog& words_;  // The language of the options and warnings.
  MergePlan& plan_;
};

// Copies the conflict's slot from `from` into `to`.
void CopySlot(const MergeConflict& c, const Assessment& from, Assessment* to) {
  if (c.field == MergeField::kAnswer) {
    to->answers[c.question_id] = from.answers.at(c.question_id);
    return;
  }
  RuleFor(c.field).copy(RecordOf(from, c.control_id), &to->controls[c.control_id]);
}

}  // namespace

std::optional<size_t> OptionHeldBy(const MergeConflict& conflict, size_t input) {
  for (size_t i = 0; i < conflict.options.size(); ++i) {
    const std::vector<size_t>& holders = conflict.options[i].holders;
    if (std::find(holders.begin(), holders.end(), input) != holders.end()) return i;
  }
  return std::nullopt;
}

MergePlan PlanMerge(const Catalog& catalog, MergeInput base, std::vector<MergeInput> incoming,
                    const MessageCatalog& words) {
  MergePlan plan;
  if (base.document.pack) {
    plan.error = words.Tr("{file} is a question pack; merge into the whole assessment",
                          {{"file", base.name}});
    return plan;
  }
  if (incoming.empty()) {
    plan.error = words.Tr("choose at least one file to merge");
    return plan;
  }
  plan.inputs.push_back(std::move(base));
  for (MergeInput& input : incoming) plan.inputs.push_back(std::move(input));
  Planner(catalog, words, &plan).Run();
  return plan;
}

MergeResult ApplyMerge(const MergePlan& plan, const std::vector<std::optional<size_t>>& choices,
                       const std::string& now, const MessageCatalog& words) {
  MergeResult result;
  if (!plan.error.empty()) {
    result.error = plan.error;
    return result;
  }
  if (!IsUtcTimestamp(now)) {
    result.error =
        words.Tr("{value} is not an ISO-8601 UTC timestamp", {{"value", "'" + now + "'"}});
    return result;
  }
  Assessment merged = plan.merged;
  for (size_t i = 0; i < plan.conflicts.size(); ++i) {
    const MergeConflict& c = plan.conflicts[i];
    if (i >= choices.size() || !choices[i] || *choices[i] >= c.options.size()) {
      result.error = words.Tr(
          "choose a value for {key} ({count} differ); nothing is merged until every conflict is "
          "chosen",
          {{"key", c.key}, {"count", std::to_string(c.options.size())}});
      return result;
    }
    CopySlot(c, plan.inputs[c.options[*choices[i]].source].document, &merged);
  }
  const Assessment& base = plan.inputs[0].document;
  if (!(merged == base)) merged.updated_at = now;
  result.merged = std::move(merged);
  return result;
}

}  // namespace cloudgap
