extension Templates {
    /// The comments under a document: a partial of the reading page and of `/d/{id}/comments`, rendered
    /// inside `{{#comments}}`.
    static let comments = #"""
<section class="comments" id="comments" aria-labelledby="comments-heading">
<h2 id="comments-heading">{{heading}}</h2>
{{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
{{#error}}<p class="notice error" role="alert">{{error}}</p>{{/error}}
{{#postAction}}<form class="comment-form" action="{{postAction}}" method="post">
{{> csrf}}{{#parent}}<input type="hidden" name="parent" value="{{parent}}">{{/parent}}
<label for="comment-body">{{layout.t.community.commentLabel}}</label>
<textarea id="comment-body" name="body" rows="4" maxlength="1000" required>{{body}}</textarea>
<p class="hint">{{layout.t.community.commentHint}}{{#reviewNote}} {{reviewNote}}{{/reviewNote}}</p>
<p class="editor-buttons"><button type="submit">{{layout.t.community.post}}</button></p>
</form>{{/postAction}}
{{#loginHref}}<p class="comment-login"><a href="{{loginHref}}" rel="nofollow">{{layout.t.community.signInToComment}}</a></p>{{/loginHref}}
{{^items}}<p class="empty">{{layout.t.community.noComments}}</p>{{/items}}
<ol class="comment-list">
{{#items}}<li class="comment" id="{{anchor}}">{{> comment}}
{{^empty(replies)}}<ol class="comment-replies">{{#replies}}<li class="comment reply" id="{{anchor}}">{{> comment}}</li>{{/replies}}</ol>{{/empty(replies)}}
{{#mayReply}}<details class="comment-action"><summary>{{layout.t.community.reply}}</summary><form action="{{postAction}}" method="post">{{> csrf}}<input type="hidden" name="parent" value="{{id}}"><label class="visually-hidden" for="reply-{{id}}">{{layout.t.community.reply}}</label><textarea id="reply-{{id}}" name="body" rows="3" maxlength="1000" required></textarea><button type="submit">{{layout.t.community.reply}}</button></form></details>{{/mayReply}}
</li>
{{/items}}
</ol>
{{#commentPager}}<nav class="page-nav" aria-label="{{layout.t.pagesLabel}}">
{{#previous}}<a class="prev" rel="prev" href="{{previous}}">{{layout.t.previousPage}}</a>{{/previous}}
{{#pages}}{{#gapBefore}}<span class="gap" aria-hidden="true">…</span>{{/gapBefore}}{{#current}}<span class="current" aria-current="page">{{number}}</span>{{/current}}{{^current}}<a href="{{href}}">{{number}}</a>{{/current}}{{/pages}}
{{#next}}<a class="next" rel="next" href="{{next}}">{{layout.t.nextPage}}</a>{{/next}}
</nav>{{/commentPager}}
</section>
"""#

    /// One comment or reply, inside `comments`.
    static let comment = #"""
<div class="comment-head">{{^deleted}}<span class="comment-author">{{author}}</span>{{/deleted}}<time datetime="{{whenISO}}">{{when}}</time>{{#edited}}<span class="comment-edited">{{layout.t.community.edited}}</span>{{/edited}}{{#hasNote}}<span class="comment-note">{{note}}</span>{{/hasNote}}</div>
<p class="comment-body{{#deleted}} deleted{{/deleted}}">{{body}}</p>
{{#mayEdit}}<details class="comment-action"><summary>{{layout.t.community.edit}}</summary><form action="/comments/{{id}}/edit" method="post">{{> csrf}}<input type="hidden" name="next" value="{{returnTo}}"><label class="visually-hidden" for="edit-{{id}}">{{layout.t.community.edit}}</label><textarea id="edit-{{id}}" name="body" rows="3" maxlength="1000" required>{{body}}</textarea><button type="submit">{{layout.t.community.save}}</button></form></details>{{/mayEdit}}
{{#mayDelete}}<form class="inline comment-delete" action="/comments/{{id}}/delete" method="post">{{> csrf}}<input type="hidden" name="next" value="{{returnTo}}"><button type="submit" class="link">{{layout.t.community.delete}}</button></form>{{/mayDelete}}
{{#mayHide}}<form class="inline comment-delete" action="/comments/{{id}}/hide" method="post">{{> csrf}}<input type="hidden" name="next" value="{{returnTo}}"><button type="submit" class="link">{{layout.t.community.hide}}</button></form>{{/mayHide}}
"""#

    /// `/d/{id}/comments`.
    static let commentsPage = #"""
{{<layout}}{{$main}}
<nav class="breadcrumbs" aria-label="breadcrumbs"><a href="/">{{layout.t.home}}</a><span aria-hidden="true">›</span><a href="{{documentHref}}">{{title}}</a><span aria-hidden="true">›</span><span>{{layout.t.community.comments}}</span></nav>
<article class="document">
<header class="document-head"><h1><a href="{{documentHref}}">{{title}}</a></h1></header>
{{#comments}}{{> comments}}{{/comments}}
</article>
{{/main}}{{/layout}}
"""#

    /// `/admin/comments`.
    static let adminComments = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<nav class="filters" aria-label="{{layout.t.community.commentsAdmin}}">{{#tabs}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/tabs}}</nav>
{{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
{{^rows}}<p>{{layout.t.community.noCommentsHere}}</p>{{/rows}}
{{^empty(rows)}}<form class="editor" action="/admin/comments" method="post">
{{> csrf}}<input type="hidden" name="state" value="{{state}}">
<table class="admin-table">
<thead><tr><th></th><th>{{layout.t.community.comments}}</th><th>{{layout.t.community.commenter}}</th><th>{{layout.t.community.onDocument}}</th><th>{{layout.t.sharing.submitted}}</th></tr></thead>
<tbody>
{{#rows}}<tr><td><input type="checkbox" name="c{{id}}" value="on" aria-label="#{{id}}"></td><td class="comment-body">{{body}}</td><td>{{author}}</td><td><a href="{{href}}">{{title}}</a></td><td>{{when}}</td></tr>
{{/rows}}
</tbody>
</table>
<p class="editor-buttons">{{#decisions}}<button type="submit" name="decision" value="{{value}}">{{label}}</button> {{/decisions}}</p>
</form>{{/empty(rows)}}
{{> pager}}
</section>
{{/main}}{{/layout}}
"""#

    /// `/copyright`: the copyright notice form (权利人投诉).
    static let copyrightForm = #"""
{{<layout}}{{$main}}
<section class="panel narrow">
<h1>{{layout.t.community.copyright}}</h1>
{{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
{{#error}}<p class="notice error" role="alert">{{error}}</p>{{/error}}
{{#showForm}}<form class="editor" action="/copyright" method="post">
{{> csrf}}
<p class="hint">{{layout.t.community.copyrightIntro}}</p>
<label>{{layout.t.community.claimant}}<input name="claimant" value="{{claimant}}" maxlength="100" required></label>
<fieldset><legend>{{layout.t.community.byAgent}}</legend>{{#agentChoices}}<label class="choice"><input type="radio" name="role" value="{{value}}"{{#checked}} checked{{/checked}}>{{label}}</label>{{/agentChoices}}</fieldset>
<label>{{layout.t.community.contact}}<input name="contact" value="{{contact}}" maxlength="100" required placeholder="{{layout.t.community.contactHint}}"></label>
<label>{{layout.t.community.work}}<textarea name="work" rows="4" maxlength="1000" required placeholder="{{layout.t.community.workHint}}">{{work}}</textarea></label>
<label>{{layout.t.community.documents}}<textarea name="documents" rows="4" required placeholder="{{layout.t.community.documentsHint}}">{{documents}}</textarea></label>
<label>{{layout.t.community.details}}<textarea name="details" rows="4" maxlength="2000">{{details}}</textarea></label>
<label class="choice"><input type="checkbox" name="declared" value="on"{{#declared}} checked{{/declared}} required>{{layout.t.community.declaration}}</label>
<p class="editor-buttons"><button type="submit">{{layout.t.community.send}}</button></p>
</form>{{/showForm}}
</section>
{{/main}}{{/layout}}
"""#

    /// `/admin/copyright`: the notices received.
    static let adminCopyright = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<nav class="filters" aria-label="{{layout.t.sharing.reports}}">{{#tabs}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/tabs}}</nav>
{{^rows}}<p>{{layout.t.community.noNotices}}</p>{{/rows}}
{{#rows}}<article class="notice-record" id="n{{id}}">
<h2>#{{id}} {{claimant}} <span class="state">{{state}}</span></h2>
<dl>
<dt>{{layout.t.community.byAgent}}</dt><dd>{{role}}</dd>
<dt>{{layout.t.community.contact}}</dt><dd>{{contact}}</dd>
<dt>{{layout.t.community.work}}</dt><dd class="pre">{{work}}</dd>
<dt>{{layout.t.community.documents}}</dt><dd>{{#documents}}<a href="{{href}}">#{{id}}</a> {{/documents}}</dd>
{{#hasDetails}}<dt>{{layout.t.community.details}}</dt><dd class="pre">{{details}}</dd>{{/hasDetails}}
<dt>{{layout.t.sharing.submitted}}</dt><dd>{{when}}</dd>
</dl>
{{#isOpen}}<form class="inline" action="{{handleAction}}" method="post">{{> csrf}}<button type="submit">{{layout.t.community.markHandled}}</button></form>{{/isOpen}}
</article>
{{/rows}}
{{> pager}}
</section>
{{/main}}{{/layout}}
"""#

    /// `/admin/takedowns`: the takedown records.
    static let adminTakedowns = #"""
{{<layout}}{{$main}}
<section class="panel admin">
{{> adminNav}}
<nav class="filters" aria-label="{{layout.t.sharing.reports}}">{{#tabs}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/tabs}}</nav>
<p class="hint">{{layout.t.community.takedownsIntro}}</p>
{{^rows}}<p>{{layout.t.community.noTakedowns}}</p>{{/rows}}
{{^empty(rows)}}<table class="admin-table">
<thead><tr><th>#</th><th>{{layout.t.admin.title}}</th><th>{{layout.t.sharing.reasonLabel}}</th><th>{{layout.t.community.takedownBy}}</th><th>{{layout.t.sharing.submitted}}</th><th></th></tr></thead>
<tbody>
{{#rows}}<tr id="t{{id}}"><td>{{id}}</td><td>{{#hasDocument}}<a href="{{href}}">{{title}}</a>{{/hasDocument}}{{^hasDocument}}{{title}} <span class="hint">（{{layout.t.community.documentGone}}）</span>{{/hasDocument}}</td><td>{{reason}}</td><td>{{by}}</td><td>{{when}}</td><td><form class="inline" action="{{deleteAction}}" method="post">{{> csrf}}<button type="submit" class="link">{{layout.t.community.deleteRecord}}</button></form></td></tr>
{{/rows}}
</tbody>
</table>{{/empty(rows)}}
{{> pager}}
</section>
{{/main}}{{/layout}}
"""#
}
