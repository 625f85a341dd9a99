extension Templates {
    static let adminNav = #"""
<nav class="admin-nav" aria-label="{{layout.t.account.admin}}">{{#nav.items}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/nav.items}}</nav>
{{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
{{#error}}<p class="notice error" role="alert">{{error}}</p>{{/error}}
"""#

    /// A one-button form that changes one thing.
    static let actionButton = #"""
<form class="inline" action="{{action}}" method="post">{{> csrf}}<button type="submit" class="link{{#danger}} danger{{/danger}}">{{label}}</button></form>
"""#

    static let adminDashboard = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<ul class="cards">{{#cards}}<li><span class="value">{{value}}</span><span class="label">{{label}}</span></li>{{/cards}}</ul>
<h2>{{chartTitle}}</h2>
<div class="chart-box" tabindex="0" role="region" aria-label="{{chartTitle}}">{{{chart}}}</div>
<div class="admin-columns">
<section><h2>{{layout.t.admin.mostRead}}</h2><ol class="rank-list">{{#mostRead}}<li><a href="{{href}}">{{title}}</a><span class="count">{{views}}</span></li>{{/mostRead}}</ol>{{^mostRead}}<p class="hint">{{layout.t.admin.noViews}}</p>{{/mostRead}}</section>
<section><h2>{{layout.t.admin.recentImports}}</h2>
{{^imports}}<p class="hint">{{layout.t.admin.noImports}}</p>{{/imports}}
<ul class="import-list">{{#imports}}<li><span class="meta">{{when}} · {{origin}}</span> {{summary}}{{#failures}}<br><span class="danger">{{source}}：{{message}}</span>{{/failures}}</li>{{/imports}}</ul>
</section>
</div>
</section>
{{/main}}{{/layout}}
"""#

    static let adminDocuments = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<p class="admin-actions"><a class="button" href="/admin/documents/new">{{layout.t.admin.newDocument}}</a></p>
<nav class="filters">{{#filters}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}{{#count}} <span class="count">{{count}}</span>{{/count}}</a>{{/filters}}</nav>
<form class="admin-search" action="/admin/documents" method="get">
{{#state}}<input type="hidden" name="state" value="{{state}}">{{/state}}
<input type="search" name="q" value="{{query}}" placeholder="{{layout.t.admin.searchTitles}}" aria-label="{{layout.t.admin.searchTitles}}">
<select name="c" aria-label="{{layout.t.admin.category}}">{{#categories}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/categories}}</select>
<button type="submit">{{layout.t.admin.filter}}</button>
</form>
{{^rows}}<p class="hint">{{layout.t.admin.noDocuments}}</p>{{/rows}}
<ol class="admin-list">
{{#rows}}<li><a class="doc-title" href="{{edit}}">{{title}}</a>
<div class="doc-meta"><span class="state">{{state}}</span>{{#category}}<span>{{category}}</span>{{/category}}<span>{{updated}}</span><span>{{meta}}</span>{{#nearDuplicateOf}}<a class="mark" href="{{.}}">{{layout.t.admin.nearDuplicate}}</a>{{/nearDuplicateOf}}{{#view}}<a href="{{view}}">{{layout.t.admin.view}}</a>{{/view}}{{#actions}}{{> actionButton}}{{/actions}}</div></li>
{{/rows}}
</ol>
{{> pager}}
</section>
{{/main}}{{/layout}}
"""#

    static let adminDocumentForm = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<h1>{{heading}}</h1>
<form class="editor" action="{{action}}" method="post">
{{> csrf}}
<label>{{layout.t.admin.title}}<input name="title" value="{{title}}" maxlength="200"></label>
<label>{{layout.t.admin.body}}<textarea name="body" rows="22" required>{{body}}</textarea></label>
<div class="editor-row">
<label>{{layout.t.admin.bodyFormat}}<select name="format">{{#formats}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/formats}}</select></label>
<label>{{layout.t.admin.category}}<input name="category" value="{{category}}" list="category-names" maxlength="40"></label>
<label>{{layout.t.admin.tags}}<input name="tags" value="{{tags}}" placeholder="{{layout.t.admin.tagsHint}}"></label>
<fieldset><legend>{{layout.t.admin.status}}</legend>{{#statuses}}<label class="choice"><input type="radio" name="status" value="{{value}}"{{#selected}} checked{{/selected}}>{{label}}</label>{{/statuses}}</fieldset>
</div>
<datalist id="category-names">{{#categoryNames}}<option value="{{.}}">{{/categoryNames}}</datalist>
<p class="editor-buttons"><button type="submit" name="action" value="save">{{layout.t.admin.save}}</button><button type="submit" name="action" value="preview" class="secondary">{{layout.t.admin.preview}}</button>{{#view}}<a href="{{view}}">{{layout.t.admin.view}}</a>{{/view}}</p>
</form>
{{#trash}}<p class="editor-buttons">{{> actionButton}}</p>{{/trash}}
{{#preview}}
<article class="document preview">
<header class="document-head"><h1>{{title}}</h1><p class="count-line">{{stats}}</p></header>
<div class="body">
{{{body}}}</div>
</article>
{{/preview}}
{{#isNew}}
<h2>{{layout.t.admin.uploadTitle}}</h2>
<form class="editor" action="/admin/documents/upload" method="post" enctype="multipart/form-data">
{{> csrf}}
<p class="hint">{{layout.t.admin.uploadHint}}</p>
<input type="file" name="file" aria-label="{{layout.t.admin.uploadTitle}}" accept=".txt,.md,.markdown,.html,.htm,.docx,.doc,.wps,.rtf,.odt,.pdf,.epub,.pptx,.ppt,.odp,.dps,.xlsx,.xls,.ods,.et,.jsonl,.wxr,.xml" multiple required>
<div class="editor-row">
<label>{{layout.t.admin.category}}<input name="category" list="category-names" maxlength="40"></label>
<fieldset><legend>{{layout.t.admin.status}}</legend>{{#statuses}}<label class="choice"><input type="radio" name="status" value="{{value}}"{{#selected}} checked{{/selected}}>{{label}}</label>{{/statuses}}</fieldset>
</div>
<p class="editor-buttons"><button type="submit">{{layout.t.admin.upload}}</button></p>
</form>
{{/isNew}}
</section>
{{/main}}{{/layout}}
"""#

    static let adminImportResult = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<h1>{{layout.t.admin.importResult}}</h1>
<p>{{summary}}</p>
{{^empty(imported)}}<h2>{{layout.t.admin.importedDocuments}}</h2>{{/empty(imported)}}
<ul>{{#imported}}<li><a href="{{href}}">{{title}}</a></li>{{/imported}}</ul>
{{^empty(skipped)}}<h2>{{layout.t.admin.skippedDocuments}}</h2>{{/empty(skipped)}}
<ul>{{#skipped}}<li><a href="{{href}}">{{title}}</a></li>{{/skipped}}</ul>
{{^empty(failed)}}<h2>{{layout.t.admin.failedFiles}}</h2>{{/empty(failed)}}
<ul>{{#failed}}<li><span class="danger">{{source}}：{{message}}</span></li>{{/failed}}</ul>
{{#notice}}<p role="status">{{notice}}</p>{{/notice}}
{{#retryAction}}<form action="{{retryAction}}" method="post">{{> csrf}}<button type="submit">{{retryLabel}}</button></form>{{/retryAction}}
{{^empty(nearDuplicates)}}<h2>{{layout.t.admin.nearDuplicates}}</h2>{{/empty(nearDuplicates)}}
<ul>{{#nearDuplicates}}<li>{{#href}}<a href="{{href}}">{{title}}</a>{{/href}}{{^href}}{{title}}{{/href}} — {{layout.t.admin.closeTo}}<a href="{{similarHref}}">{{similarTitle}}</a>（{{outcome}}）</li>{{/nearDuplicates}}</ul>
<p><a href="/admin/documents">{{layout.t.admin.documents}}</a> · <a href="/admin/imports">{{allImports}}</a></p>
</section>
{{/main}}{{/layout}}
"""#

    static let adminImportJob = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<h1>{{words.title}} #{{id}}</h1>
<p>{{words.files}}：{{files}}</p>
<p role="status">{{status}}</p>
{{#running}}<p><progress max="100" value="{{percent}}">{{percent}}%</progress></p>{{/running}}
{{^empty(progress)}}<ol class="job-files">{{#progress}}<li{{#reading}} aria-current="step"{{/reading}}>{{name}}<span class="hint">{{state}}</span></li>{{/progress}}</ol>{{/empty(progress)}}
{{#refreshes}}<p class="hint">{{words.refreshHint}}</p>{{/refreshes}}
{{#failed}}<form action="/admin/imports/{{id}}/retry" method="post">{{> csrf}}<button type="submit">{{words.retry}}</button></form>{{/failed}}
<p><a href="/admin/imports">{{words.all}}</a></p>
</section>
{{/main}}{{/layout}}
"""#

    static let adminImportJobs = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<h1>{{words.title}}</h1>
{{#empty(rows)}}<p>{{words.none}}</p>{{/empty(rows)}}
{{^empty(rows)}}<table class="admin-table">
<thead><tr><th>#</th><th>{{words.files}}</th><th>{{words.state}}</th><th>{{words.when}}</th></tr></thead>
<tbody>
{{#rows}}<tr><td><a href="{{href}}">#{{id}}</a></td><td>{{files}}</td><td>{{status}}</td><td>{{when}}</td></tr>
{{/rows}}
</tbody>
</table>{{/empty(rows)}}
<p><a href="/admin/documents/new">{{words.uploadMore}}</a></p>
</section>
{{/main}}{{/layout}}
"""#

    static let adminCategories = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<table class="admin-table">
<thead><tr><th>{{layout.t.admin.name}}</th><th>{{layout.t.admin.slug}}</th><th>{{layout.t.admin.documentCountHeader}}</th><th></th></tr></thead>
<tbody>
{{#rows}}<tr><td colspan="2"><form class="row" action="/admin/categories/{{id}}" method="post">{{> csrf}}<input name="name" value="{{name}}" maxlength="40" aria-label="{{layout.t.admin.name}}"><input name="slug" value="{{slug}}" maxlength="60" aria-label="{{layout.t.admin.slug}}"><button type="submit" class="link">{{layout.t.admin.save}}</button></form></td><td><a href="{{href}}">{{count}}</a></td><td><form class="inline" action="/admin/categories/{{id}}/delete" method="post">{{> csrf}}<button type="submit" class="link danger">{{layout.t.admin.delete}}</button></form></td></tr>
{{/rows}}
</tbody>
</table>
<h2>{{layout.t.admin.add}}</h2>
<form class="row" action="/admin/categories" method="post">{{> csrf}}<input name="name" required maxlength="40" placeholder="{{layout.t.admin.name}}" aria-label="{{layout.t.admin.name}}"><input name="slug" maxlength="60" placeholder="{{layout.t.admin.slug}}" aria-label="{{layout.t.admin.slug}}"><button type="submit">{{layout.t.admin.add}}</button></form>
<p class="hint">{{layout.t.admin.slugHint}}</p>
</section>
{{/main}}{{/layout}}
"""#

    static let adminTags = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<table class="admin-table">
<thead><tr><th>{{layout.t.admin.name}}</th><th>{{layout.t.admin.documentCountHeader}}</th><th>{{layout.t.admin.rename}}</th><th></th></tr></thead>
<tbody>
{{#rows}}<tr><td><a href="{{href}}">{{name}}</a></td><td>{{count}}</td><td><form class="row" action="/admin/tags/rename" method="post">{{> csrf}}<input type="hidden" name="name" value="{{name}}"><input name="new" required maxlength="40" placeholder="{{layout.t.admin.newName}}" aria-label="{{layout.t.admin.newName}}"><button type="submit" class="link">{{layout.t.admin.rename}}</button></form></td><td><form class="inline" action="/admin/tags/delete" method="post">{{> csrf}}<input type="hidden" name="name" value="{{name}}"><button type="submit" class="link danger">{{layout.t.admin.delete}}</button></form></td></tr>
{{/rows}}
</tbody>
</table>
</section>
{{/main}}{{/layout}}
"""#

    static let adminUsers = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<table class="admin-table">
<thead><tr><th>{{layout.t.account.name}}</th><th>{{layout.t.account.displayName}}</th><th>{{layout.t.account.memberSince}}</th><th>{{layout.t.admin.role}}</th><th></th></tr></thead>
<tbody>
{{#rows}}<tr{{#disabled}} class="disabled"{{/disabled}}><td>{{name}}{{#isSelf}}{{layout.t.admin.you}}{{/isSelf}}{{#disabled}} <span class="danger">{{layout.t.admin.disabled}}</span>{{/disabled}}{{#isContributor}} <span class="meta">{{layout.t.sharing.contributor}}</span>{{/isContributor}}{{#bans}}<br><span class="danger">{{text}}</span> {{#lift}}{{> actionButton}}{{/lift}}{{/bans}}</td><td>{{displayName}}</td><td>{{created}}</td>
<td>{{^isSelf}}<form class="row" action="/admin/users/{{id}}/role" method="post">{{> csrf}}<select name="role" aria-label="{{layout.t.admin.role}}">{{#roles}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/roles}}</select><button type="submit" class="link">{{layout.t.admin.change}}</button></form>{{/isSelf}}{{#isSelf}}{{#roles}}{{#selected}}{{label}}{{/selected}}{{/roles}}{{/isSelf}}</td>
<td>{{^isSelf}}{{#toggle}}{{> actionButton}}{{/toggle}}{{/isSelf}}{{#contributor}} {{> actionButton}}{{/contributor}}{{#banForm}}<form class="row" action="{{action}}" method="post">{{> csrf}}<select name="scope" aria-label="{{layout.t.sharing.banScope}}">{{#scopes}}<option value="{{value}}">{{label}}</option>{{/scopes}}</select><select name="length" aria-label="{{layout.t.sharing.banLength}}">{{#lengths}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/lengths}}</select><input name="reason" required maxlength="200" placeholder="{{layout.t.sharing.banReason}}" aria-label="{{layout.t.sharing.banReason}}"><button type="submit" class="link danger">{{layout.t.sharing.ban}}</button></form>{{/banForm}}</td></tr>
{{/rows}}
</tbody>
</table>
{{> pager}}
</section>
{{/main}}{{/layout}}
"""#

    static let adminSecurity = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<form class="admin-search" action="/admin/security" method="get">
<select name="kind" aria-label="{{layout.t.security.kind}}">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select>
<label>{{layout.t.security.who}} <input type="search" name="who" value="{{who}}" maxlength="200" placeholder="{{layout.t.security.whoHint}}"></label>
<label>{{layout.t.security.from}} <input type="date" name="from" value="{{from}}"></label>
<label>{{layout.t.security.to}} <input type="date" name="to" value="{{to}}"></label>
<button type="submit">{{layout.t.security.filter}}</button>
</form>
<p class="meta">{{total}} · {{layout.t.security.kept}}</p>
{{#noEvents}}<p>{{layout.t.security.empty}}</p>{{/noEvents}}
{{^noEvents}}<table class="admin-table">
<thead><tr><th>{{layout.t.security.time}}</th><th>{{layout.t.security.kind}}</th><th>{{layout.t.security.actor}}</th><th>{{layout.t.security.address}}</th><th>{{layout.t.security.subject}}</th><th>{{layout.t.security.detail}}</th></tr></thead>
<tbody>
{{#rows}}<tr><td>{{time}}</td><td>{{#failure}}<span class="danger">{{kind}}</span>{{/failure}}{{^failure}}{{kind}}{{/failure}}</td><td>{{actor}}</td><td>{{address}}</td><td>{{subject}}</td><td>{{detail}}</td></tr>
{{/rows}}
</tbody>
</table>{{/noEvents}}
{{> pager}}
</section>
{{/main}}{{/layout}}
"""#

    static let adminSettings = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<form class="editor settings" action="/admin/settings" method="post">
{{> csrf}}
{{#site}}{{> settingField}}{{/site}}
{{#reading}}{{> settingField}}{{/reading}}
<fieldset><legend>{{layout.t.admin.registration}}</legend><label class="choice"><input type="checkbox" name="registrationOpen" value="on"{{#registrationOpen}} checked{{/registrationOpen}}>{{layout.t.admin.registrationOpen}}</label></fieldset>
<fieldset><legend>{{layout.t.admin.nearDuplicates}}</legend><label class="choice"><input type="checkbox" name="skipNearDuplicates" value="on"{{#skipNearDuplicates}} checked{{/skipNearDuplicates}}>{{layout.t.admin.skipNearDuplicates}}</label><p class="hint">{{layout.t.admin.nearDuplicateHint}}</p></fieldset>
<fieldset><legend>{{layout.t.admin.originalDownloads}}</legend>{{#originalDownloads}}<label class="choice"><input type="radio" name="originalDownloads" value="{{value}}"{{#checked}} checked{{/checked}}>{{label}}</label>{{/originalDownloads}}<p class="hint">{{layout.t.admin.originalDownloadHint}}</p>{{#originals}}{{> settingField}}{{/originals}}</fieldset>
<fieldset><legend>{{layout.t.sharing.sharingSection}}</legend>{{#sharingChoices}}<label class="choice"><input type="radio" name="sharing" value="{{value}}"{{#checked}} checked{{/checked}}>{{label}}</label>{{/sharingChoices}}<p></p>{{#reviewChoices}}<label class="choice"><input type="radio" name="review" value="{{value}}"{{#checked}} checked{{/checked}}>{{label}}</label>{{/reviewChoices}}{{#sharingLimits}}{{> settingField}}{{/sharingLimits}}<p>{{layout.t.community.takedownReuploads}}</p>{{#takedownChoices}}<label class="choice"><input type="radio" name="takedownReuploads" value="{{value}}"{{#checked}} checked{{/checked}}>{{label}}</label>{{/takedownChoices}}</fieldset>
<fieldset><legend>{{layout.t.community.commentSettings}}</legend>{{#commentChoices}}<label class="choice"><input type="radio" name="comments" value="{{value}}"{{#checked}} checked{{/checked}}>{{label}}</label>{{/commentChoices}}</fieldset>
<fieldset><legend>{{layout.t.admin.promo}}</legend>{{#promo}}{{> settingField}}{{/promo}}</fieldset>
<fieldset><legend>{{layout.t.admin.furniture.footerSection}}</legend>{{#footer}}{{> settingField}}{{/footer}}</fieldset>
<fieldset><legend>{{layout.t.admin.furniture.advertSection}}</legend><p class="hint">{{layout.t.admin.furniture.advertHint}}</p>{{#adverts}}{{> settingField}}{{/adverts}}</fieldset>
<fieldset><legend>{{layout.t.admin.furniture.analyticsSection}}</legend>{{#analyticsServices}}<label class="choice"><input type="radio" name="analyticsService" value="{{value}}"{{#checked}} checked{{/checked}}>{{label}}</label>{{/analyticsServices}}{{#analytics}}{{> settingField}}{{/analytics}}</fieldset>
<p class="editor-buttons"><button type="submit">{{layout.t.admin.save}}</button></p>
</form>
</section>
{{/main}}{{/layout}}
"""#

    static let adminWords = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<p class="hint">{{layout.t.admin.words.about}}</p>
{{#lists}}
<form class="editor" action="{{action}}" method="post" enctype="multipart/form-data">
{{> csrf}}
<fieldset><legend>{{name}} <span class="meta">{{count}}</span></legend>
<p class="hint">{{hint}}</p>
{{#error}}<p class="notice error" role="alert">{{error}}</p>{{/error}}
<label{{#error}} class="invalid"{{/error}}>{{layout.t.admin.words.wordsLabel}}<textarea name="words" rows="8"{{#error}} aria-invalid="true"{{/error}}>{{text}}</textarea></label>
<label>{{layout.t.admin.words.fileLabel}}<input type="file" name="file" accept=".txt,text/plain"></label>
<p class="editor-buttons"><button type="submit">{{layout.t.admin.words.save}}</button> <a href="{{export}}" download>{{layout.t.admin.words.export}}</a></p>
</fieldset>
</form>
{{/lists}}
</section>
{{/main}}{{/layout}}
"""#

    static let settingField = #"""
<label{{#invalid}} class="invalid"{{/invalid}}>{{label}}{{#multiline}}<textarea name="{{name}}" rows="4" maxlength="{{limit}}"{{#invalid}} aria-invalid="true"{{/invalid}}>{{value}}</textarea>{{/multiline}}{{^multiline}}<input type="{{kind}}" name="{{name}}" value="{{value}}" maxlength="{{limit}}"{{#invalid}} aria-invalid="true"{{/invalid}}>{{/multiline}}</label>
{{#hint}}<p class="hint">{{hint}}</p>{{/hint}}
"""#
}
