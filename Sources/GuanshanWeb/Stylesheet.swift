import Foundation

/// The site's one stylesheet: no external fonts or assets; light and dark by the reader's system setting.
enum Stylesheet {
    /// A short hash of the stylesheet, part of its URL so a changed sheet is fetched anew.
    static let version: String = {
        var hash: UInt32 = 2_166_136_261
        for byte in css.utf8 {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return String(hash, radix: 16)
    }()

    /// The sheet with its gzip, made once. It can change only with a new binary, so it was last modified
    /// no earlier than the first time this process served it.
    static let representation = Representation(
        css, contentType: "text/css; charset=utf-8", cacheControl: "public, max-age=31536000, immutable",
        lastModified: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    ).withGzip()

    static let css = #"""
:root {
  --bg: #f7f5f0; --paper: #fffdf8; --ink: #222; --muted: #6b665e; --line: #e4dfd4;
  --accent: #9a3b2e; --accent-soft: #f3e6e1; --mark: #fff1a8;
  --sans: -apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC",
          "Microsoft YaHei", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif;
  --serif: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", STSong, SimSun, serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #17181a; --paper: #1f2023; --ink: #e6e3dc; --muted: #a29d93; --line: #34353a;
          --accent: #e08b78; --accent-soft: #3a2925; --mark: #5b4b12; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.7 var(--sans); }
a { color: var(--accent); text-decoration: none; }
a:hover, a:focus-visible { text-decoration: underline; }
a:focus-visible, button:focus-visible, summary:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible,
[tabindex]:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
main:focus { outline: none; }
.skip-link { position: absolute; left: -9999px; top: 8px; z-index: 10; padding: 6px 12px; background: var(--paper); border: 2px solid var(--accent); border-radius: 4px; }
.skip-link:focus { left: 8px; }
.wrap { max-width: 1080px; margin: 0 auto; padding: 0 16px; }

.masthead { background: var(--paper); border-bottom: 1px solid var(--line); }
.masthead-row { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 4px 24px; padding-top: 10px; padding-bottom: 10px; }
.site-line { margin: 0; color: var(--muted); font-size: 14px; }
.site-line .brand { color: var(--ink); font-family: var(--serif); font-size: 22px; font-weight: 700; letter-spacing: .08em; }
.site-line .dashes { letter-spacing: -.1em; }
.site-line .diamond { color: var(--accent); margin: 0 .25em; }
.site-nav { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 15px; flex: 1 0 100%; }
.site-nav a { color: var(--ink); }

.search-box { display: flex; flex: 0 1 340px; min-width: 240px; margin: 0; }
.search-box input, .search-form input {
  flex: 1 1 auto; min-width: 0; width: 100%; height: 36px; margin: 0; padding: 0 12px;
  border: 1px solid var(--line); border-right: 0; border-radius: 4px 0 0 4px;
  background: var(--bg); color: var(--ink); font: 16px/1.2 var(--sans);
}
.search-box input::placeholder, .search-form input::placeholder { color: var(--muted); opacity: .8; }
.search-box input:focus, .search-form input:focus, .search-form select:focus {
  outline: none; border-color: var(--accent); box-shadow: 0 0 0 2px var(--accent-soft); background: var(--paper);
}
.search-box button, .search-form button {
  flex: none; height: 36px; margin: 0; padding: 0 16px; border: 1px solid var(--accent); border-radius: 0 4px 4px 0;
  background: var(--accent); color: var(--paper); font: 15px/1 var(--sans); letter-spacing: .1em; cursor: pointer;
}
.search-box button:hover, .search-form button:hover { filter: brightness(1.08); }
.search-box button:focus-visible, .search-form button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

main.wrap { padding-top: 16px; padding-bottom: 40px; }
.breadcrumbs { font-size: 14px; color: var(--muted); margin: 4px 0 12px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.breadcrumbs > * + * { margin-left: .4em; }
.breadcrumbs a { color: var(--muted); }

.document { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; max-width: 820px; margin: 0 auto; padding: 28px 48px 24px; }
.document-head { border-bottom: 1px solid var(--line); padding-bottom: 12px; margin-bottom: 20px; text-align: center; }
.document-head h1 { font-family: var(--serif); font-size: 26px; line-height: 1.45; margin: 0 0 10px; font-weight: 700; }
.page-marker { font-weight: 400; color: var(--muted); font-size: .8em; }
.byline, .count-line { margin: 2px 0; color: var(--muted); font-size: 14px; }
.byline > * + * { margin-left: .3em; }
.byline .sharer { color: var(--ink); }
.continue { margin: 8px 0 0; }
.continue a { display: inline-block; padding: 4px 14px; border-radius: 4px; background: var(--accent-soft); font-size: 15px; }

.body { font-size: 18px; line-height: 1.9; letter-spacing: .02em; word-break: break-word; overflow-wrap: anywhere; }
.body p { margin: 0 0 1em; text-indent: 2em; text-align: justify; }
.body p.numbered-heading { text-indent: 0; font-weight: 700; margin-top: 1.4em; }
.body h2, .body h3, .body h4, .body h5, .body h6 { font-family: var(--serif); line-height: 1.5; margin: 1.6em 0 .8em; }
.body h2 { font-size: 1.3em; } .body h3 { font-size: 1.15em; } .body h4, .body h5, .body h6 { font-size: 1em; }
.body ul, .body ol { margin: 0 0 1em; padding-left: 2em; }
.body li.depth-1 { margin-left: 1.5em; } .body li.depth-2 { margin-left: 3em; } .body li.depth-3, .body li.depth-4, .body li.depth-5 { margin-left: 4.5em; }
.body blockquote { margin: 0 0 1em; padding: .2em 1em; border-left: 3px solid var(--line); color: var(--muted); }
.body blockquote p { text-indent: 0; margin: .4em 0; }
.body code { font-family: var(--mono); font-size: .88em; background: var(--bg); padding: .1em .3em; border-radius: 3px; }
.body pre { font-size: 15px; line-height: 1.6; background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: 12px 14px; overflow-x: auto; }
.body pre code { background: none; padding: 0; }
.table-scroll { overflow-x: auto; margin: 0 0 1em; }
.body table { border-collapse: collapse; font-size: 16px; line-height: 1.6; min-width: 60%; }
.body th, .body td { border: 1px solid var(--line); padding: 6px 10px; text-align: left; vertical-align: top; }
.body th { background: var(--bg); }
.body [id] { scroll-margin-top: 12px; }

.outline { margin: 0 0 20px; padding: 10px 16px; background: var(--bg); border-radius: 4px; font-size: 15px; }
.outline summary { cursor: pointer; font-weight: 700; }
.outline ol { list-style: none; margin: 8px 0 0; padding: 0; }
.outline li { margin: 2px 0; }
.outline li.level-2 { padding-left: 1.5em; } .outline li.level-3 { padding-left: 3em; font-size: 14px; } .outline li.level-4 { padding-left: 4.5em; font-size: 14px; }
.outline .number { color: var(--muted); margin-right: .15em; }

.page-nav { display: flex; flex-wrap: wrap; justify-content: center; gap: 8px; margin: 24px 0 8px; font-size: 15px; }
.page-nav a, .page-nav span { display: inline-block; min-width: 2.4em; padding: 4px 10px; text-align: center; border: 1px solid var(--line); border-radius: 4px; background: var(--paper); }
.page-nav .current { background: var(--accent); border-color: var(--accent); color: var(--paper); }
.page-nav .gap { border-color: transparent; background: none; min-width: 1.2em; padding: 4px 2px; color: var(--muted); }
.page-nav .disabled { color: var(--muted); }
.document-foot { margin-top: 16px; padding-top: 12px; border-top: 1px solid var(--line); font-size: 14px; color: var(--muted); display: flex; flex-wrap: wrap; justify-content: space-between; gap: 8px; }
.document-foot p { margin: 0; }
.tags a, .downloads a { margin-left: .6em; }
.downloads a.original { white-space: nowrap; }
.document-foot .ocr-note { flex-basis: 100%; }
.doc-list li, .search-results li { overflow: hidden; }
.thumb { float: right; width: 60px; height: auto; margin: 2px 0 4px 12px; border: 1px solid var(--line); background: #fff; }
.preview-link { margin-left: .6em; }
.job-files .hint { margin-left: .6em; }
.job-files [aria-current] { font-weight: 600; }
.source-page { margin: 1.2em 0 .4em; font-size: 12px; color: var(--muted); text-align: right; border-top: 1px dotted var(--line); text-indent: 0; }
.source-page a { color: var(--muted); }
.preview-page { margin: 0 0 20px; text-align: center; }
.preview-page img { max-width: 100%; height: auto; min-height: 200px; border: 1px solid var(--line); background: #fff; }
.preview-page figcaption, .preview-more { font-size: 13px; color: var(--muted); text-align: center; }
.share-row { display: flex; flex-wrap: wrap; justify-content: center; align-items: flex-start; gap: 16px 40px; margin-top: 20px; padding-top: 18px; border-top: 1px dashed var(--line); }
.share-row .code { margin: 0; width: 164px; display: flex; flex-direction: column; align-items: center; text-align: center; }
.share-row img { display: block; max-width: 164px; height: auto; border-radius: 4px; }
/* Codes keep their white margin in dark mode: a scanner needs dark modules on light. */
.share-row img.qr { width: 132px; height: 132px; padding: 6px; box-sizing: content-box; background: #fff; border: 1px solid var(--line); }
.share-row figcaption { margin-top: 8px; font-size: 14px; line-height: 1.5; color: var(--muted); display: flex; flex-direction: column; gap: 2px; }
.share-row figcaption strong { color: var(--ink); font-weight: 600; }
.share-row .share-url { font-size: 12px; color: var(--muted); overflow-wrap: anywhere; word-break: break-all; }
.related { max-width: 820px; margin: 20px auto 0; padding: 14px 48px; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; }
.related h2 { font-size: 17px; margin: 0 0 4px; padding-bottom: 8px; border-bottom: 1px solid var(--line); font-family: var(--serif); }
.related .excerpt { margin: 4px 0 0; font-size: 14px; line-height: 1.6; color: var(--muted); overflow-wrap: anywhere; }
.share-hint { flex: 1 1 100%; margin: 0; padding: 8px 12px; border-radius: 4px; background: var(--accent-soft); font-size: 14px; text-align: center; }

.home-grid { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 20px; align-items: start; }
.main-column { display: grid; gap: 20px; min-width: 0; }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 14px 20px; margin-bottom: 20px; }
.panel h2, .list-title { font-size: 17px; margin: 0 0 8px; padding-bottom: 8px; border-bottom: 1px solid var(--line); font-family: var(--serif); }
.list-title .count, .category-list .count, .rank-list .count { margin-left: .6em; font-size: 13px; font-weight: 400; color: var(--muted); }
.doc-list { list-style: none; margin: 0; padding: 0; }
.doc-list li { padding: 10px 0; border-bottom: 1px dashed var(--line); }
.doc-list li:last-child { border-bottom: 0; }
.doc-title { font-size: 17px; color: var(--ink); font-weight: 600; }
.doc-meta { margin: 2px 0 0; font-size: 13px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 0 12px; }
.doc-meta a { color: var(--muted); }
.category-list, .rank-list { margin: 0; padding: 0; list-style: none; }
.category-list li, .rank-list li { padding: 5px 0; display: flex; justify-content: space-between; gap: 8px; }
.rank-list { counter-reset: rank; }
.rank-list li::before { counter-increment: rank; content: counter(rank); color: var(--muted); min-width: 1.5em; }
.rank-list li a { flex: 1; color: var(--ink); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.empty, .error-page { text-align: center; color: var(--muted); padding: 40px 20px; }
.error-page h1 { color: var(--ink); font-family: var(--serif); }

.search-page { max-width: 820px; margin: 0 auto 20px; padding: 18px 24px; }
.search-form { display: flex; flex-wrap: wrap; gap: 10px; margin: 0 0 16px; }
.search-form input { flex: 1 1 280px; height: 42px; border-right: 1px solid var(--line); border-radius: 4px; font-size: 17px; }
.search-form select {
  flex: 0 1 auto; max-width: 14em; height: 42px; margin: 0; padding: 0 8px; border: 1px solid var(--line); border-radius: 4px;
  background: var(--paper); color: var(--ink); font: 15px/1.2 var(--sans);
}
.search-form button { height: 42px; padding: 0 24px; border-radius: 4px; font-size: 16px; }
.search-filters { flex: 1 0 100%; font-size: 15px; }
.search-filters summary { cursor: pointer; color: var(--muted); }
.filter-fields { display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: end; margin-top: 10px; }
.filter-fields label { display: flex; flex-direction: column; gap: 4px; color: var(--muted); font-size: 14px; }
.search-form .filter-fields input { flex: none; width: 11em; height: 38px; font-size: 15px; }
.search-form .filter-fields select { height: 38px; }
.search-form .filter-fields button { height: 38px; padding: 0 18px; font-size: 15px; }
.filter-chips { display: flex; flex-wrap: wrap; gap: 8px; list-style: none; margin: 0 0 10px; padding: 0; font-size: 14px; }
.filter-chips a { display: inline-block; padding: 3px 10px; border: 1px solid var(--line); border-radius: 14px; color: var(--ink); background: var(--bg); }
.filter-chips a.clear-filters { border-color: transparent; background: none; color: var(--accent); }
.search-sort { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 8px 0 0; color: var(--muted); font-size: 14px; }
.search-sort a[aria-current] { color: var(--ink); font-weight: 700; text-decoration: none; }
.search-suggestion { margin: 8px 0 12px; font-size: 16px; }
.search-suggestion a { font-weight: 700; }
.search-count { margin: 0; padding-bottom: 8px; border-bottom: 1px solid var(--line); color: var(--muted); font-size: 14px; }
.search-message { margin: 8px 0 12px; font-size: 16px; line-height: 1.8; overflow-wrap: anywhere; }
.search-tips { margin: 16px 0 4px; padding: 10px 14px; background: var(--bg); border-left: 3px solid var(--line); border-radius: 0 4px 4px 0; color: var(--muted); font-size: 14px; line-height: 1.8; }
.search-results { list-style: none; margin: 0; padding: 0; }
.search-results li { padding: 14px 0 12px; border-bottom: 1px dashed var(--line); }
.search-results li:last-child { border-bottom: 0; }
.search-results .doc-title { font-size: 18px; line-height: 1.5; overflow-wrap: anywhere; }
.search-results .snippet {
  margin: 6px 0 4px; font-size: 15px; line-height: 1.85; color: var(--ink); color: color-mix(in srgb, var(--ink) 86%, var(--paper));
  overflow-wrap: anywhere; word-break: break-word;
}
.search-results .doc-meta { margin-top: 4px; }
.search-page .page-nav { margin-top: 18px; }
mark { background: var(--mark); color: inherit; padding: 0 .08em; border-radius: 2px; }
.doc-title mark { color: inherit; }
/* The words of the sensitive-word lists, as an editor reviews a reader's document. */
mark.word-block { background: #fbe9e7; color: #8c1d18; outline: 1px solid #d9a09b; }
mark.word-mask { background: #e8e8e8; }
.doc-meta .state { font-weight: 600; }
.doc-meta .state-rejected, .doc-meta .state-taken-down { color: #8c1d18; }
.account-bar a.unread { font-weight: 600; }
.notifications li.unread p { font-weight: 600; }
@media (prefers-color-scheme: dark) {
  mark.word-block { background: #4a1f1b; color: #f2b8b5; outline-color: #8c4a44; }
  mark.word-mask { background: #3a3a3a; }
  .doc-meta .state-rejected, .doc-meta .state-taken-down { color: #f2b8b5; }
}

.account-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 14px; font-size: 14px; }
.account-bar .account-name { color: var(--ink); font-weight: 600; }
form.inline { display: inline; margin: 0; }
button.link { border: 0; background: none; padding: 0; font: inherit; color: var(--accent); cursor: pointer; }
button.link:hover, button.link:focus-visible { text-decoration: underline; }
.danger, button.link.danger { color: #b3261e; }
@media (prefers-color-scheme: dark) { .danger, button.link.danger { color: #f2b8b5; } }
.narrow { max-width: 480px; margin: 12px auto 24px; padding: 20px 28px; }
.narrow h1 { font-family: var(--serif); font-size: 22px; margin: 0 0 14px; }
.narrow h2 { margin-top: 26px; }
.narrow form { display: flex; flex-direction: column; gap: 10px; margin: 0 0 8px; }
.narrow form.row { flex-direction: row; flex-wrap: wrap; }
.narrow form.row input { flex: 1 1 12em; }
.narrow label { display: flex; flex-direction: column; gap: 4px; font-size: 14px; color: var(--muted); }
.narrow input:not([type=hidden]) {
  height: 40px; padding: 0 10px; border: 1px solid var(--line); border-radius: 4px; background: var(--paper); color: var(--ink); font: 16px var(--sans);
}
.narrow input:focus { outline: 2px solid var(--accent); outline-offset: 0; border-color: var(--accent); }
.narrow button:not(.link) {
  height: 42px; padding: 0 20px; border: 0; border-radius: 4px; background: var(--accent); color: var(--paper); font: 16px var(--sans); cursor: pointer;
}
.narrow button.danger:not(.link) { background: #b3261e; color: #fff; }
.hint { margin: 0; font-size: 13px; color: var(--muted); }
.intro { color: var(--muted); }
.notice { padding: 8px 12px; border-radius: 4px; background: var(--accent-soft); font-size: 15px; overflow-wrap: anywhere; }
.notice.error { background: #fbe9e7; color: #8c1d18; }
@media (prefers-color-scheme: dark) { .notice.error { background: #4a1f1b; color: #f2b8b5; } }
.alternative { margin: 14px 0 0; font-size: 14px; color: var(--muted); }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 4px 16px; margin: 0 0 10px; font-size: 15px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.profile .links { display: flex; gap: 16px; }
.secret { display: block; margin-top: 6px; padding: 6px 8px; background: var(--paper); border-radius: 4px; font-family: var(--mono); font-size: 13px; user-select: all; word-break: break-all; }
.token-list { list-style: none; margin: 0 0 10px; padding: 0; }
.token-list li { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; padding: 6px 0; border-bottom: 1px dashed var(--line); }
.token-list .token-name { font-weight: 600; }
.token-list .meta { color: var(--muted); font-size: 13px; flex: 1; }
.personal h1 { font-family: var(--serif); font-size: 20px; margin: 0 0 6px; }
.personal h1 .count { margin-left: .6em; font-size: 13px; font-weight: 400; color: var(--muted); font-family: var(--sans); }

.admin { max-width: 1080px; margin: 0 auto 20px; }
.admin h1 { font-family: var(--serif); font-size: 20px; margin: 8px 0 12px; }
.admin h2 { border: 0; margin-top: 22px; }
.admin-nav { display: flex; flex-wrap: wrap; gap: 4px 18px; padding-bottom: 10px; margin-bottom: 12px; border-bottom: 1px solid var(--line); font-size: 15px; }
.admin-nav a { color: var(--ink); padding: 2px 0; }
.admin-nav a[aria-current] { color: var(--accent); font-weight: 700; border-bottom: 2px solid var(--accent); }
.admin-actions { margin: 0 0 10px; }
a.button, .editor button:not(.link), .admin-search button, .admin form.row button:not(.link) {
  display: inline-block; height: 36px; padding: 0 16px; border: 0; border-radius: 4px; background: var(--accent); color: var(--paper);
  font: 15px/36px var(--sans); cursor: pointer; text-decoration: none;
}
.editor button.secondary { background: var(--bg); color: var(--ink); border: 1px solid var(--line); line-height: 34px; }
.filters { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0 0 10px; font-size: 14px; }
.filters a { color: var(--muted); }
.filters a[aria-current] { color: var(--accent); font-weight: 700; }
.filters .count { font-size: 12px; }
.admin-search { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 8px; }
.admin-search input, .admin-search select, .editor input:not([type=radio]):not([type=checkbox]):not([type=file]), .editor select, .editor textarea, .admin form.row input, .admin form.row select {
  height: 36px; padding: 0 8px; border: 1px solid var(--line); border-radius: 4px; background: var(--paper); color: var(--ink); font: 15px var(--sans); min-width: 0;
}
.admin-search input { flex: 1 1 14em; }
.admin-list { list-style: none; margin: 0; padding: 0; }
.admin-list li { padding: 8px 0; border-bottom: 1px dashed var(--line); }
.admin-list .doc-meta { align-items: baseline; }
.admin-list .state { color: var(--ink); }
.admin-list .mark { padding: 0 6px; border-radius: 3px; background: #fff3d6; color: #7a4f00; font-size: 12px; }
@media (prefers-color-scheme: dark) { .admin-list .mark { background: #4a3a14; color: #f5d48a; } }
.editor { display: flex; flex-direction: column; gap: 10px; }
.editor label { display: flex; flex-direction: column; gap: 4px; font-size: 14px; color: var(--muted); }
.editor label.choice { flex-direction: row; align-items: center; gap: 6px; color: var(--ink); }
.editor textarea { height: auto; min-height: 20em; padding: 8px 10px; font: 16px/1.8 var(--sans); resize: vertical; }
.editor-row { display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: flex-end; }
.editor-row > * { flex: 1 1 12em; }
.editor fieldset { border: 1px solid var(--line); border-radius: 4px; padding: 6px 10px; margin: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
.editor fieldset > label:not(.choice), .editor fieldset > .hint { flex: 1 1 100%; }
.editor legend { font-size: 13px; color: var(--muted); padding: 0 4px; }
.editor-buttons { display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: center; margin: 4px 0; }
.editor .invalid { color: #b3261e; }
.editor .invalid input { border-color: #b3261e; }
.settings { max-width: 640px; }
.preview { margin-top: 20px; border-style: dashed; }
.cards { list-style: none; margin: 0 0 8px; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 10px; }
.cards li { background: var(--bg); border-radius: 6px; padding: 10px 14px; display: flex; flex-direction: column; }
.cards .value { font-size: 24px; font-weight: 700; font-variant-numeric: tabular-nums; }
.cards .label { font-size: 13px; color: var(--muted); }
.chart-box { overflow-x: auto; }
.chart { width: 100%; min-width: 480px; height: auto; display: block; }
.chart .bar { fill: var(--accent); }
.chart .bar:hover { fill: var(--ink); }
.chart .grid { stroke: var(--line); stroke-width: 1; }
.chart .axis { fill: var(--muted); font: 11px var(--sans); }
.admin-columns { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; }
.import-list { list-style: none; margin: 0; padding: 0; font-size: 14px; }
.import-list li { padding: 6px 0; border-bottom: 1px dashed var(--line); overflow-wrap: anywhere; }
.import-list .meta { color: var(--muted); }
.admin-table { width: 100%; border-collapse: collapse; font-size: 14px; }
.admin-table th, .admin-table td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
.admin-table th { color: var(--muted); font-weight: 400; }
.admin-table tr.disabled td { color: var(--muted); }
.admin form.row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 0; }
.admin form.row input { flex: 1 1 8em; }

.site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
.site-footer .wrap { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 6px 16px; padding-top: 14px; padding-bottom: 20px; }
.site-footer .friend-links, .site-footer .records { flex-basis: 100%; margin: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; }
.site-footer .friend-links span { color: var(--muted); }
.site-footer a { color: var(--muted); }
.advert { position: relative; margin: 12px 0; padding: 10px 36px 10px 12px; border: 1px dashed var(--line); border-radius: 6px; background: var(--paper); }
.advert img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.advert p { margin: 4px 0; }
.advert-label { position: absolute; right: 6px; top: 4px; font-size: 11px; color: var(--muted); }

.comments { max-width: 820px; margin: 20px auto 0; padding: 14px 48px; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; }
.comments h2 { font-size: 17px; margin: 0 0 8px; padding-bottom: 8px; border-bottom: 1px solid var(--line); font-family: var(--serif); }
.comment-form textarea, .comment-action textarea { width: 100%; box-sizing: border-box; font: inherit; }
.comment-list, .comment-replies { list-style: none; margin: 0; padding: 0; }
.comment { padding: 10px 0; border-bottom: 1px solid var(--line); }
.comment-replies { margin: 8px 0 0 24px; border-left: 2px solid var(--line); padding-left: 12px; }
.comment-replies .comment:last-child { border-bottom: 0; }
.comment-head { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 14px; color: var(--muted); }
.comment-author { color: var(--ink); font-weight: 600; }
.comment-note { color: #8a5a00; }
.comment-body { margin: 4px 0; white-space: pre-line; overflow-wrap: anywhere; line-height: 1.7; }
.comment-body.deleted { color: var(--muted); font-style: italic; }
.comment-action { display: inline-block; margin-right: 12px; font-size: 14px; }
.comment-action summary { cursor: pointer; color: var(--accent); }
.comment-action[open] { display: block; }
.comment-delete { font-size: 14px; margin-right: 12px; }
.notice-record { border-bottom: 1px solid var(--line); padding: 8px 0; }
.notice-record dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0 0 8px; }
.notice-record dd { margin: 0; overflow-wrap: anywhere; }
.pre { white-space: pre-line; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

/* Links in running text are underlined: colour alone does not tell them from the words around them. */
.body a, .alternative a, .hint a, .share-hint a, .comment-body a, .notice a, p.empty a, p.meta a { text-decoration: underline; text-underline-offset: .15em; }

/* Reading settings (ReadingStyle): classes of <html> the reader chose; none for the standard style. */
.reading-style { margin: 4px 0 0; font-size: 14px; color: var(--muted); }
.reading-style summary { cursor: pointer; color: var(--accent); display: inline-block; }
.reading-style form { display: flex; flex-wrap: wrap; gap: 6px 20px; align-items: center; padding: 8px 0 4px; }
.reading-style fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 2px 10px; align-items: center; }
.reading-style legend { float: left; margin-right: 4px; padding: 0; color: var(--ink); }
.reading-style .choice { display: inline-flex; align-items: center; gap: 3px; }
.size-small .body { font-size: 16px; }
.size-large .body { font-size: 21px; }
.spacing-tight .body { line-height: 1.6; }
.spacing-loose .body { line-height: 2.3; }
:root.theme-light { --bg: #f7f5f0; --paper: #fffdf8; --ink: #222; --muted: #6b665e; --line: #e4dfd4;
  --accent: #9a3b2e; --accent-soft: #f3e6e1; --mark: #fff1a8; color-scheme: light; }
:root.theme-dark { --bg: #17181a; --paper: #1f2023; --ink: #e6e3dc; --muted: #a29d93; --line: #34353a;
  --accent: #e08b78; --accent-soft: #3a2925; --mark: #5b4b12; color-scheme: dark; }
:root.theme-sepia { --bg: #efe4c9; --paper: #f7eed8; --ink: #3a2e1f; --muted: #65553f; --line: #d9c9a6;
  --accent: #87351f; --accent-soft: #ead8c0; --mark: #f1d77e; color-scheme: light; }

@media (max-width: 720px) {
  .home-grid { grid-template-columns: minmax(0, 1fr); }
  .document { padding: 18px 16px; border-left: 0; border-right: 0; border-radius: 0; margin: 0 -16px; }
  .related, .comments { padding: 12px 16px; border-left: 0; border-right: 0; border-radius: 0; margin: 16px -16px 0; }
  .document-head h1 { font-size: 22px; }
  .share-row { gap: 16px 20px; }
  .share-row .code { width: 150px; }
  .body { font-size: 17px; line-height: 1.85; }
  .site-line .brand { font-size: 20px; }
  .masthead-row { gap: 8px; }
  .site-line { flex: 1 1 100%; }
  .search-box { flex: 1 1 100%; min-width: 0; }
  .site-nav {
    flex-wrap: nowrap; overflow-x: auto; white-space: nowrap; scrollbar-width: none; padding-right: 24px;
    -webkit-mask-image: linear-gradient(to right, #000 calc(100% - 32px), transparent); mask-image: linear-gradient(to right, #000 calc(100% - 32px), transparent);
  }
  .site-nav::-webkit-scrollbar { display: none; }
  body:has(.search-page) .masthead .search-box { display: none; }
  .search-page { margin: 0 -16px 20px; padding: 14px 16px; border-left: 0; border-right: 0; border-radius: 0; }
  .search-form select { flex: 1 1 auto; max-width: none; }
  .search-results .doc-title { font-size: 17px; }
  .admin-columns { grid-template-columns: 1fr; }
  .admin { margin: 0 -16px 20px; border-left: 0; border-right: 0; border-radius: 0; padding: 12px 16px; }
  .admin-table, .admin-table tbody, .admin-table tr, .admin-table td { display: block; }
  .admin-table thead { display: none; }
  .admin-table tr { padding: 8px 0; border-bottom: 1px solid var(--line); }
  .admin-table td { border: 0; padding: 2px 0; }
}
@media print {
  .masthead, .site-footer, .page-nav, .breadcrumbs, .outline, .favorite, .continue, .search-form, .promo, .share-hint, .related, .comments, .advert, .reading-style { display: none; }
  .document { border: 0; padding: 0; }
  /* 公文 (GB/T 9704): A4, type area 156 × 225 mm, title in 2号小标宋, text in 3号仿宋 at 22 lines a page,
     page numbers in 4号 as “— 1 —”. Fonts the system lacks fall back to its serif. */
  .print-gongwen body { page: gongwen; background: #fff; color: #000; }
  .print-gongwen .wrap { max-width: none; padding: 0; }
  .print-gongwen .document-head { border: 0; padding: 0; margin: 0; }
  .print-gongwen .document-head h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", "Source Han Serif SC", serif;
    font-size: 22pt; line-height: 1.5; text-align: center; font-weight: normal; margin: 0 0 28pt; }
  .print-gongwen .byline, .print-gongwen .count-line, .print-gongwen .document-foot, .print-gongwen .share-row, .print-gongwen .page-marker { display: none; }
  .print-gongwen .body { font-family: FangSong, "FangSong_GB2312", "仿宋_GB2312", "仿宋", STFangsong, "Noto Serif CJK SC", serif;
    font-size: 16pt; line-height: 28.95pt; letter-spacing: 0; color: #000; }
  .print-gongwen .body p { margin: 0; text-indent: 2em; }
}
@page gongwen {
  size: A4; margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: "Noto Serif CJK SC", SimSun, serif; font-size: 14pt; }
}
"""#
}
