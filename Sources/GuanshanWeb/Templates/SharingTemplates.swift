extension Templates {
    /// `/me/uploads`.
    static let myUploads = #"""
{{<layout}}{{$main}}
<section class="panel personal">
<h1>{{layout.t.sharing.myUploads}}<span class="count">{{countText}}</span></h1>
{{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
{{#error}}<p class="notice error" role="alert">{{error}}</p>{{/error}}
{{#mayShare}}<form class="editor" action="/me/uploads" method="post" enctype="multipart/form-data">
{{> csrf}}
<fieldset><legend>{{layout.t.sharing.share}}</legend>
<p class="hint">{{layout.t.sharing.shareHint}}</p>
<label>{{layout.t.sharing.files}}<input type="file" name="file" accept=".txt,.md,.markdown,.html,.htm,.docx,.doc,.wps,.rtf,.odt,.pdf,.epub,.pptx,.ppt,.odp,.dps,.xlsx,.xls,.ods,.et" multiple required></label>
<div class="editor-row">
<label>{{layout.t.sharing.category}}<select name="category"><option value="">{{layout.t.sharing.noCategory}}</option>{{#categories}}<option value="{{name}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/categories}}</select></label>
<label>{{layout.t.sharing.tags}}<input name="tags" value="{{tags}}" maxlength="400" placeholder="{{layout.t.sharing.tagsHint}}"></label>
</div>
<p class="editor-buttons"><button type="submit">{{layout.t.sharing.upload}}</button></p>
</fieldset>
</form>{{/mayShare}}
{{^rows}}<p class="empty">{{layout.t.sharing.noUploads}}</p>{{/rows}}
{{#hasPublished}}<p class="hint"><a href="{{publicPage}}">{{layout.t.sharing.publicPage}}</a></p>{{/hasPublished}}
<ol class="doc-list">
{{#rows}}<li>{{#href}}<a class="doc-title" href="{{href}}">{{title}}</a>{{/href}}{{^href}}<span class="doc-title">{{title}}</span>{{/href}}<div class="doc-meta"><span class="state state-{{stateCode}}">{{state}}</span><span>{{when}}</span>{{#reason}}<span>{{layout.t.sharing.reasonLabel}}：{{reason}}</span>{{/reason}}</div></li>
{{/rows}}
</ol>
{{> pager}}
</section>
{{/main}}{{/layout}}
"""#

    /// `/me/notifications`.
    static let notifications = #"""
{{<layout}}{{$main}}
<section class="panel personal">
<h1>{{layout.t.sharing.notifications}}</h1>
{{^items}}<p class="empty">{{layout.t.sharing.noNotifications}}</p>{{/items}}
<ol class="doc-list notifications">
{{#items}}<li{{#unread}} class="unread"{{/unread}}><p>{{text}}：{{#href}}<a href="{{href}}">{{title}}</a>{{/href}}{{^href}}{{title}}{{/href}}</p><div class="doc-meta"><span>{{when}}</span>{{#detail}}<span>{{detailLabel}}：{{detail}}</span>{{/detail}}</div></li>
{{/items}}
</ol>
{{> pager}}
</section>
{{/main}}{{/layout}}
"""#

    /// `/admin/review`.
    static let adminReview = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<nav class="filters" aria-label="{{layout.t.sharing.review}}">{{#tabs}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/tabs}}</nav>
{{^hasRows}}<p>{{layout.t.sharing.noneWaiting}}</p>{{/hasRows}}
{{#hasRows}}<form class="editor" action="/admin/review" method="post">
{{> csrf}}
<table class="admin-table">
<thead><tr><th></th><th>{{layout.t.admin.title}}</th><th>{{layout.t.sharing.uploader}}</th><th>{{layout.t.sharing.submitted}}</th><th>{{layout.t.sharing.heldFor}}</th></tr></thead>
<tbody>
{{#rows}}<tr><td><input type="checkbox" name="{{field}}" value="on" aria-label="{{title}}"></td><td><a href="{{href}}">{{title}}</a></td><td>{{uploader}}</td><td>{{submitted}}</td><td>{{held}}</td></tr>
{{/rows}}
</tbody>
</table>
<label>{{layout.t.sharing.reason}}<input name="reason" maxlength="200" placeholder="{{layout.t.sharing.reasonHint}}"></label>
<p class="hint">{{layout.t.sharing.bulkHint}}</p>
<p class="editor-buttons">{{#isPending}}<button type="submit" name="decision" value="approve">{{layout.t.sharing.approve}}</button> <button type="submit" name="decision" value="reject" class="danger">{{layout.t.sharing.reject}}</button>{{/isPending}}{{^isPending}}<button type="submit" name="decision" value="take-down" class="danger">{{layout.t.sharing.takeDown}}</button>{{/isPending}}</p>
</form>{{/hasRows}}
{{> pager}}
</section>
{{/main}}{{/layout}}
"""#

    /// `/admin/review/{id}`.
    static let adminReviewItem = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<article class="document preview review">
<h1>{{#title}}{{#policy}}<mark class="word-{{policy}}">{{text}}</mark>{{/policy}}{{^policy}}{{text}}{{/policy}}{{/title}}</h1>
<p class="meta">{{layout.t.sharing.uploader}} {{uploader}} · {{layout.t.sharing.submitted}} {{submitted}} · {{state}}{{#held}} · {{layout.t.sharing.heldFor}}：{{held}}{{/held}}{{#reason}} · {{layout.t.sharing.reasonLabel}}：{{reason}}{{/reason}}</p>
{{#blocks}}<p id="{{anchor}}">{{#fragments}}{{#policy}}<mark class="word-{{policy}}">{{text}}</mark>{{/policy}}{{^policy}}{{text}}{{/policy}}{{/fragments}}</p>
{{/blocks}}
</article>
{{#decisions}}<form class="row" action="{{action}}" method="post">{{> csrf}}{{#needsReason}}<input name="reason" maxlength="200" required placeholder="{{layout.t.sharing.reasonHint}}" aria-label="{{layout.t.sharing.reason}}">{{/needsReason}}<button type="submit"{{#danger}} class="danger"{{/danger}}>{{label}}</button></form>
{{/decisions}}
<p><a href="{{edit}}">{{layout.t.sharing.edit}}</a>{{#view}} · <a href="{{view}}">{{layout.t.admin.view}}</a>{{/view}}</p>
</section>
{{/main}}{{/layout}}
"""#
}

extension Templates {
    /// `/d/{id}/report`.
    static let reportForm = #"""
{{<layout}}{{$main}}
<section class="panel narrow">
<h1>{{layout.t.sharing.reportTitle}}</h1>
<p><a href="{{documentHref}}">{{title}}</a></p>
{{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
{{#error}}<p class="notice error" role="alert">{{error}}</p>{{/error}}
{{#showForm}}<form class="editor" action="{{action}}" method="post">
{{> csrf}}
<p class="hint">{{layout.t.sharing.reportIntro}} <a href="{{copyrightHref}}" rel="nofollow">{{layout.t.community.copyright}}</a></p>
<fieldset><legend>{{layout.t.sharing.report}}</legend>{{#reasons}}<label class="choice"><input type="radio" name="reason" value="{{value}}"{{#checked}} checked{{/checked}}>{{label}}</label>{{/reasons}}</fieldset>
<label>{{layout.t.sharing.reportDetails}}<textarea name="details" rows="5" maxlength="1000" placeholder="{{layout.t.sharing.reportDetailsHint}}">{{details}}</textarea></label>
<p class="editor-buttons"><button type="submit">{{layout.t.sharing.reportSend}}</button></p>
</form>{{/showForm}}
</section>
{{/main}}{{/layout}}
"""#

    /// `/admin/reports`.
    static let adminReports = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<nav class="filters" aria-label="{{layout.t.sharing.reports}}">{{#tabs}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/tabs}}</nav>
{{^rows}}<p>{{layout.t.sharing.noReports}}</p>{{/rows}}
<table class="admin-table">
<thead><tr><th>{{layout.t.admin.title}}</th><th>{{layout.t.sharing.reports}}</th><th>{{layout.t.sharing.reasonLabel}}</th><th>{{layout.t.sharing.latestReport}}</th></tr></thead>
<tbody>
{{#rows}}<tr><td><a href="{{href}}">{{title}}</a></td><td>{{count}}</td><td>{{reasons}}</td><td>{{latest}}</td></tr>
{{/rows}}
</tbody>
</table>
{{> pager}}
</section>
{{/main}}{{/layout}}
"""#

    /// `/admin/reports/{id}`.
    static let adminReportItem = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<h1>{{title}}</h1>
<p class="meta">{{state}}{{#view}} · <a href="{{view}}">{{layout.t.admin.view}}</a>{{/view}} · <a href="{{edit}}">{{layout.t.admin.edit}}</a></p>
<ol class="doc-list">
{{#reports}}<li><p><strong>{{reason}}</strong> <span class="meta">{{when}}</span></p>{{#details}}<p>{{details}}</p>{{/details}}</li>
{{/reports}}
</ol>
<form class="row" action="{{takeDownAction}}" method="post">{{> csrf}}<input name="reason" maxlength="200" required placeholder="{{layout.t.sharing.reasonHint}}" aria-label="{{layout.t.sharing.reason}}"><button type="submit" class="danger">{{layout.t.sharing.takeDown}}</button></form>
<form class="row" action="{{dismissAction}}" method="post">{{> csrf}}<button type="submit">{{layout.t.sharing.dismiss}}</button></form>
</section>
{{/main}}{{/layout}}
"""#
}
