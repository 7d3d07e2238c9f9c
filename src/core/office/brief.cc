#include "core/office/brief.h"

#include <cstdio>

#include "core/engine/readiness.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/office/ooxml_parts.h"
#include "core/office/xlsx_writer.h"  // PngSize.
#include "core/text/base64.h"
#include "core/text/html_escape.h"
#include "core/text/message_format.h"
#include "core/text/score_format.h"
#include "core/text/sha.h"
#include "core/text/utf8.h"

namespace cloudgap {
namespace {

constexpr size_t kMaxOrganisationBytes = 80;
constexpr size_t kMaxReasonBytes = 160;

std::string Score(const std::optional<double>& score, const MessageCatalog& words) {
  return score ? FormatScore(*score, words.language()) : std::string(words.Tr("not scored"));
}

// Print first: both paper sizes, margins the browser's print dialog keeps.
// Every length is small enough that a full brief fits Letter's shorter page.
std::string Style(const std::string& accent) {
  return ":root{--ink:#1c2430;--muted:#5b6675;--line:#d7dce2;--accent:" + accent +
         "}"
         "*{box-sizing:border-box}"
         "@page{margin:12mm}"
         "html{font:10.5pt/1.4 system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;"
         "color:var(--ink);background:#fff}"
         "body{margin:0 auto;max-width:180mm;padding:0}"
         "header{display:flex;align-items:center;gap:4mm;border-bottom:2px solid var(--accent);"
         "padding-bottom:2mm}"
         "header img{height:10mm;width:auto}"
         "header .product{font-weight:600;font-size:12pt}"
         "header .date{margin-left:auto;color:var(--muted)}"
         "h1{font-size:16pt;margin:4mm 0 1mm;line-height:1.2}"
         "h2{font-size:12pt;margin:5mm 0 1.5mm;color:var(--accent)}"
         ".scope{color:var(--muted);margin:0 0 3mm}"
         ".figures{display:flex;gap:6mm;margin:2mm 0}"
         ".figure{border:1px solid var(--line);border-left:4px solid var(--accent);padding:2mm 4mm}"
         ".figure .big{font-size:18pt;font-weight:700;line-height:1.1}"
         ".figure .what{color:var(--muted);font-size:9pt}"
         "p,li{overflow-wrap:anywhere;margin:1mm 0}"
         "ol{padding-left:6mm;margin:0}"
         "li .effort{color:var(--muted)}"
         ".cta{margin-top:5mm;padding:3mm 4mm;background:var(--accent);color:#fff;font-weight:600}"
         ".cta a{color:#fff}"
         "footer{margin-top:5mm;border-top:1px solid "
         "var(--line);padding-top:2mm;color:var(--muted);"
         "font-size:8pt}";
}

std::string StyleHash(const std::string& style) {
  const std::array<unsigned char, 32> digest = Sha256(style);
  return Base64Encode(
      std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

}  // namespace

Brief MakeBrief(const ReportInput& in) {
  const MessageCatalog& w = in.words;
  const Assessment& a = in.assessment;
  const OverallResult& o = in.evaluation.overall;
  Brief brief;
  brief.heading = w.Tr("report-title|{catalog} {mode}", {{"catalog", CatalogTitle(in.catalog)},
                                                         {"mode", ModeLabel(a.profile.mode, w)}});
  brief.organisation =
      ShortenUtf8(OrganisationOrDefault(a.profile, w), kMaxOrganisationBytes, "\xE2\x80\xA6");
  brief.scope = std::string(RoleScopeWords(a.profile.role, w)) + " \xC2\xB7 " +
                ServicesLabel(a.profile) + " \xC2\xB7 " + IsmsStateWords(a.profile.isms, w);
  brief.date = FormatDate(DateOf(a.updated_at), w.language());
  brief.score = Score(o.score, w);
  brief.readiness = ReadinessLabel(o.readiness, w);
  // All of them: the first may name a tier that a later one caps.
  std::string why;
  for (const std::string& reason : ReadinessReasons(in)) why += (why.empty() ? "" : " ") + reason;
  brief.why = ShortenUtf8(why, 2 * kMaxReasonBytes, "\xE2\x80\xA6");
  for (const RoadmapItem& item : in.roadmap.items) {
    if (brief.gaps.size() == 5) break;
    brief.gaps.push_back({item.control_id, std::string(item.title), item.effort_days,
                          ShortenUtf8(item.reason, kMaxReasonBytes, "\xE2\x80\xA6")});
  }
  int items = 0, effort = 0;
  std::optional<double> after = o.score;
  for (const PhaseProjection& p : in.roadmap.projection) {
    if (p.phase != Phase::kDays0To30 && p.phase != Phase::kDays31To90) continue;
    items += p.items;
    effort += p.effort_days;
    if (p.score) after = p.score;
  }
  brief.next_90_days =
      items == 0
          ? std::string(
                w.Tr("Nothing is due in the next 90 days: keep the controls at their targets."))
          : w.Tr(
                "{items, plural, one {# roadmap item} other {# roadmap items}}, about {effort, "
                "plural, one {# person-day} other {# person-days}} at {capacity} person-days a "
                "month, take the overall score from {from} to {to}.",
                {{"items", items},
                 {"effort", effort},
                 {"capacity", a.profile.capacity_days_per_month},
                 {"from", Score(o.score, w)},
                 {"to", Score(after, w)}});
  brief.method = EngineLine(in.catalog, w);
  return brief;
}

std::vector<std::string> ReadinessReasons(const ReportInput& in) {
  std::vector<std::string> reasons;
  for (const ReadinessReason& reason : in.evaluation.overall.readiness_why) {
    reasons.push_back(ReadinessReasonText(in.catalog, reason, in.words));
  }
  return reasons;
}

std::string RenderBriefHtml(const Brief& brief, const ReportBrand& brand,
                            const MessageCatalog& words) {
  const MessageCatalog& w = words;
  const std::string style = Style("#" + HexRgb(brand.accent_rgb.value_or(0x1F5FA8)));
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"" + EscapeHtml(w.language()) +
      "\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'sha256-" +
      StyleHash(style) +
      "'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
      EscapeHtml(w.Tr("{organisation}: {heading} ({date})", {{"organisation", brief.organisation},
                                                             {"heading", brief.heading},
                                                             {"date", brief.date}})) +
      "</title>\n<style>" + style + "</style>\n</head>\n<body>\n<header>";
  if (PngSize(brand.logo_png)) {
    html += "<img alt=\"" + EscapeHtml(w.Tr("{product} logo", {{"product", brand.product_name}})) +
            "\" src=\"data:image/png;base64," + Base64Encode(brand.logo_png) + "\">";
  }
  html += "<span class=\"product\">" + EscapeHtml(brand.product_name) +
          "</span><span class=\"date\">" + EscapeHtml(brief.date) + "</span></header>\n";
  html += "<h1>" + EscapeHtml(brief.organisation) + "</h1>\n<p class=\"scope\">" +
          EscapeHtml(brief.heading) + " \xC2\xB7 " + EscapeHtml(brief.scope) + "</p>\n";
  html +=
      "<div class=\"figures\"><div class=\"figure\"><div class=\"big\">" + EscapeHtml(brief.score) +
      "</div><div class=\"what\">" + EscapeHtml(w.Tr("overall score of 100")) +
      "</div></div><div class=\"figure\"><div class=\"big\">" + EscapeHtml(brief.readiness) +
      "</div><div class=\"what\">" + EscapeHtml(w.Tr("brief|readiness")) + "</div></div></div>\n";
  if (!brief.why.empty()) html += "<p>" + EscapeHtml(brief.why) + "</p>\n";
  html += "<h2>" + EscapeHtml(w.Tr("Top five gaps")) + "</h2>\n";
  if (brief.gaps.empty()) {
    html += "<p>" + EscapeHtml(w.Tr("None: every applicable control is at its target.")) + "</p>\n";
  } else {
    html += "<ol>\n";
    for (const BriefGap& gap : brief.gaps) {
      html += "<li><strong>" + EscapeHtml(gap.id + " " + gap.title) +
              "</strong> <span class=\"effort\">" +
              EscapeHtml(w.Tr("about {days, plural, one {# person-day} other {# person-days}}",
                              {{"days", gap.effort_days}})) +
              "</span><br>" + EscapeHtml(gap.reason) + "</li>\n";
    }
    html += "</ol>\n";
  }
  html += "<h2>" + EscapeHtml(w.Tr("The next 90 days")) + "</h2>\n<p>" +
          EscapeHtml(brief.next_90_days) + "</p>\n";
  if (brand.cta) {
    html += "<p class=\"cta\">" + EscapeHtml(w.Tr("{label}:", {{"label", brand.cta->label}})) +
            " <a href=\"" + EscapeHtml(brand.cta->url) + "\">" + EscapeHtml(brand.cta->url) +
            "</a></p>\n";
  }
  html += "<footer>" +
          EscapeHtml(w.Tr("Made with {product} in the browser; nothing in this assessment left "
                          "it. {method}.",
                          {{"product", brand.product_name}, {"method", brief.method}})) +
          "</footer>\n</body>\n</html>\n";
  return html;
}

}  // namespace cloudgap
