import GuanshanLibrary

extension Templates {
    /// Login, registration and the first admin's setup: one form with the fields each needs.
    static let signForm = #"""
{{<layout}}{{$main}}
<section class="panel narrow sign-form">
<h1>{{heading}}</h1>
{{#intro}}<p class="intro">{{intro}}</p>{{/intro}}
{{#error}}<p class="notice error" role="alert">{{error}}</p>{{/error}}
{{#showForm}}
<form action="{{action}}" method="post">
{{> csrf}}
{{#next}}<input type="hidden" name="next" value="{{next}}">{{/next}}
<label>{{layout.t.account.name}}<input name="name" value="{{name}}" required maxlength="32" autocomplete="username" autocapitalize="none" autofocus></label>
{{#isNewAccount}}<p class="hint">{{layout.t.account.nameHint}}</p>{{/isNewAccount}}
<label>{{layout.t.account.password}}<input type="password" name="password" required minlength="\#(PasswordRules.lengths.lowerBound)" maxlength="512" autocomplete="{{passwordAutocomplete}}"></label>
{{#isNewAccount}}<p class="hint">{{layout.t.account.passwordHint}}</p>
<label>{{layout.t.account.confirmPassword}}<input type="password" name="confirm" required minlength="\#(PasswordRules.lengths.lowerBound)" maxlength="512" autocomplete="new-password"></label>{{/isNewAccount}}
<button type="submit">{{button}}</button>
</form>
{{/showForm}}
{{#alternative}}<p class="alternative">{{prompt}} <a href="{{href}}" rel="nofollow">{{label}}</a></p>{{/alternative}}
</section>
{{/main}}{{/layout}}
"""#

    /// `/me`: the account, its password, its API tokens, and deleting it.
    static let profile = #"""
{{<layout}}{{$main}}
<section class="panel narrow profile">
<h1>{{layout.t.account.profile}}</h1>
{{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
{{#error}}<p class="notice error" role="alert">{{error}}</p>{{/error}}
<dl class="facts"><dt>{{layout.t.account.name}}</dt><dd>{{name}}</dd><dt>{{layout.t.account.role}}</dt><dd>{{role}}</dd><dt>{{layout.t.account.memberSince}}</dt><dd>{{since}}</dd></dl>
<p class="links"><a href="{{layout.account.favorites}}">{{layout.t.account.favorites}}</a><a href="{{layout.account.history}}">{{layout.t.account.history}}</a></p>
<form class="row" action="/me/profile" method="post">
{{> csrf}}
<label>{{layout.t.account.displayName}}<input name="display_name" value="{{displayName}}" required maxlength="32"></label>
<button type="submit">{{layout.t.account.save}}</button>
</form>
<p class="hint">{{layout.t.account.displayNameHint}}</p>
<h2>{{layout.t.account.changePassword}}</h2>
<form action="/me/password" method="post">
{{> csrf}}
<input type="text" name="name" value="{{name}}" autocomplete="username" hidden>
<label>{{layout.t.account.currentPassword}}<input type="password" name="current" required maxlength="512" autocomplete="current-password"></label>
<label>{{layout.t.account.newPassword}}<input type="password" name="password" required minlength="\#(PasswordRules.lengths.lowerBound)" maxlength="512" autocomplete="new-password"></label>
<p class="hint">{{layout.t.account.passwordHint}}</p>
<label>{{layout.t.account.confirmPassword}}<input type="password" name="confirm" required minlength="\#(PasswordRules.lengths.lowerBound)" maxlength="512" autocomplete="new-password"></label>
<button type="submit">{{layout.t.account.changePassword}}</button>
</form>
<h2 id="tokens">{{layout.t.account.apiTokens}}</h2>
<p class="hint">{{layout.t.account.apiTokensIntro}}</p>
{{#newToken}}<p class="notice" role="status">{{layout.t.account.tokenCreated}} <code class="secret">{{newToken}}</code></p>{{/newToken}}
{{^tokens}}<p class="hint">{{layout.t.account.noTokens}}</p>{{/tokens}}
{{#hasTokens}}<ul class="token-list">{{#tokens}}<li><span class="token-name">{{name}}</span><span class="meta">{{scope}} · {{created}} · {{expires}} · {{used}}</span><form class="inline" action="{{revoke}}" method="post">{{> csrf}}<button type="submit" class="link danger">{{layout.t.account.revoke}}</button></form></li>{{/tokens}}</ul>{{/hasTokens}}
<form class="row" action="/me/tokens" method="post">
{{> csrf}}
<input name="name" required maxlength="60" placeholder="{{layout.t.account.tokenName}}" aria-label="{{layout.t.account.tokenName}}">
<label>{{layout.t.account.tokenScope}}<select name="scope">{{#scopes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/scopes}}</select></label>
<label>{{layout.t.account.tokenLifetime}}<select name="days">{{#lifetimes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/lifetimes}}</select></label>
<button type="submit">{{layout.t.account.createToken}}</button>
</form>
<p class="hint">{{layout.t.account.tokenScopesHint}}</p>
<h2>{{layout.t.account.deleteAccount}}</h2>
<p class="hint">{{layout.t.account.deleteAccountIntro}}</p>
<form action="/me/delete" method="post">
{{> csrf}}
<label>{{layout.t.account.currentPassword}}<input type="password" name="password" required maxlength="512" autocomplete="current-password"></label>
<button type="submit" class="danger">{{layout.t.account.deleteAccountButton}}</button>
</form>
</section>
{{/main}}{{/layout}}
"""#

    /// `/me/favorites` and `/me/history`.
    static let personal = #"""
{{<layout}}{{$main}}
<section class="panel personal">
<h1>{{heading}}<span class="count">{{countText}}</span></h1>
{{^entries}}<p class="empty">{{emptyText}}</p>{{/entries}}
<ol class="doc-list">
{{#entries}}<li><a class="doc-title" href="{{href}}">{{title}}</a><div class="doc-meta"><span>{{when}}</span>{{#reached}}<span>{{reached}}</span>{{/reached}}<span>{{meta}}</span><form class="inline" action="{{removeAction}}" method="post">{{> csrf}}{{#removeField}}<input type="hidden" name="{{name}}" value="{{value}}">{{/removeField}}<button type="submit" class="link">{{removeLabel}}</button></form></div></li>
{{/entries}}
</ol>
{{> pager}}
{{#clearAction}}<form action="{{clearAction}}" method="post">{{> csrf}}<button type="submit" class="link danger">{{layout.t.account.clearHistory}}</button></form>{{/clearAction}}
</section>
{{/main}}{{/layout}}
"""#
}
