#include "core/report/report_html_style.h"

#include <array>
#include <string>
#include <string_view>

#include "core/text/base64.h"
#include "core/text/sha.h"

namespace cloudgap {
namespace {

// Screen first, then print: A4 pages, a cover of its own, every major section
// on a new page, rows and control blocks kept whole, colours printed as shown.
// Charts and badges also carry their numbers as text, so a black-and-white
// printout loses nothing.
constexpr char kStylesheet[] = R"css(
:root{--ink:#1c2430;--muted:#5b6675;--line:#d7dce2;--soft:#f4f6f8;--accent:#1f5fa8}
*{box-sizing:border-box}
html{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
body{margin:0 auto;max-width:62rem;padding:1.5rem}
h1,h2,h3,h4{line-height:1.25;margin:1.4em 0 .5em}
h1{font-size:2rem}h2{font-size:1.5rem;border-bottom:2px solid var(--accent);padding-bottom:.25rem}
h3{font-size:1.15rem}h4{font-size:1rem;margin:0 0 .4rem}
p,li,td,th,dd{overflow-wrap:anywhere}
a{color:var(--accent)}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.875rem}
th,td{border:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th{background:var(--soft);overflow-wrap:normal}
td.num,th.num{text-align:right;white-space:nowrap}
td.nowrap,th.nowrap{white-space:nowrap}
td.nowrap .wrap{white-space:normal}
.muted{color:var(--muted)}
.small{font-size:.8rem}
.pre{white-space:pre-wrap}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;overflow-wrap:anywhere}
td .mono{white-space:nowrap}
.cover{border:1px solid var(--line);border-radius:.5rem;padding:2rem;margin-bottom:2rem}
.brand{color:var(--accent);font-weight:700;letter-spacing:.05em;text-transform:uppercase}
.cover h1{margin-top:.5rem}
.cover .org{font-size:1.4rem;margin:.25rem 0 1.5rem}
.headline{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
.headline div{flex:1 1 0;border:1px solid var(--line);border-radius:.4rem;padding:.6rem 1rem;min-width:8rem}
.headline b{display:block;font-size:1.6rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
.toc ol{columns:2}
.chart{width:100%;height:auto;max-width:48rem;display:block;margin:.5rem 0 1rem}
.chart text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:#1c2430}
.badge{display:inline-block;border-radius:.3rem;padding:0 .4rem;font-size:.8rem;font-weight:600;border:1px solid var(--line)}
.m0{background:#b83227;color:#fff}.m1{background:#e07b24;color:#000}.m2{background:#f2c94c;color:#000}
.m3{background:#b5d56a;color:#000}.m4{background:#5fb36b;color:#000}.m5{background:#1e7a44;color:#fff}
.na{background:#dfe3e8;color:#000}.oos{background:#fff;color:var(--muted);border-style:dotted}
.tbd{background:#fff;color:#000;border:1px dashed #7b8794}
.heat{list-style:none;margin:0;padding:0}
.heat>li{display:flex;gap:.5rem;align-items:flex-start;border-top:1px solid var(--line);padding:.3rem 0}
.heat .clause{flex:0 0 14rem;font-size:.85rem}
.heat ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem}
.heat ul li{border:1px solid var(--line);border-radius:.25rem;padding:.1rem .35rem;font-size:.78rem;min-width:5.5rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem;font-size:.8rem;margin:.5rem 0}
.legend span{border:1px solid var(--line);border-radius:.25rem;padding:0 .35rem}
.control{border:1px solid var(--line);border-radius:.4rem;padding:.7rem .9rem;margin:.6rem 0}
.control.brief{padding:.4rem .9rem}
.numbers{margin:.2rem 0}
.control ul{margin:.3rem 0;padding-left:1.2rem}
.control ul.why{font-size:.85rem}
.phase{margin-top:1rem}
footer{margin-top:2rem;border-top:1px solid var(--line);padding-top:.5rem;font-size:.8rem;color:var(--muted)}
@media print{
  @page{size:A4;margin:16mm 14mm 18mm}
  html{font-size:10.5pt}
  body{max-width:none;padding:0}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  a{color:inherit;text-decoration:none}
  .cover{border:0;padding:0;min-height:240mm;break-after:page;page-break-after:always}
  section{break-before:page;page-break-before:always}
  h2,h3,h4{break-after:avoid;page-break-after:avoid;break-inside:avoid}
  tr,.control.brief,.heat>li,.chart,.headline,dl.facts,li{break-inside:avoid;page-break-inside:avoid}
  .headline div{min-width:0}
  thead{display:table-header-group}
  .toc{display:none}
}
)css";

// The stylesheet's SHA-256 as bytes, for the CSP's 'sha256-<base64>' source.
std::string DigestBytes(std::string_view text) {
  const std::array<unsigned char, 32> digest = Sha256(text);
  return std::string(digest.begin(), digest.end());
}

}  // namespace

const char* HtmlReportStylesheet() {
  return kStylesheet;
}

std::string HtmlReportContentSecurityPolicy() {
  static const std::string policy = "default-src 'none'; style-src 'sha256-" +
                                    Base64Encode(DigestBytes(kStylesheet)) +
                                    "'; img-src data:; base-uri 'none'; form-action 'none'";
  return policy;
}

std::string HtmlReportContentSecurityPolicy(std::string_view brand_style) {
  return "default-src 'none'; style-src 'sha256-" + Base64Encode(DigestBytes(kStylesheet)) +
         "' 'sha256-" + Base64Encode(DigestBytes(brand_style)) +
         "'; img-src data:; base-uri 'none'; form-action 'none'";
}

}  // namespace cloudgap
