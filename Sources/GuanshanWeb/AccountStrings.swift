import GuanshanLibrary

/// The words of accounts, favorites and history, read by templates as `{{layout.t.account.name}}`.
struct AccountStrings: Sendable {
    var logIn: String
    var logOut: String
    var register: String
    var profile: String
    var favorites: String
    var history: String
    var admin: String
    var name: String
    var password: String
    var newPassword: String
    var confirmPassword: String
    var currentPassword: String
    var nameHint: String
    var passwordHint: String
    var noAccount: String
    var haveAccount: String
    var setupTitle: String
    var setupIntro: String
    var setupButton: String
    var removeFavorite: String
    var favoriteAdded: String
    var emptyFavorites: String
    var emptyHistory: String
    var clearHistory: String
    var remove: String
    var changePassword: String
    var passwordChanged: String
    var apiTokens: String
    var apiTokensIntro: String
    var tokenName: String
    var createToken: String
    var tokenCreated: String
    var noTokens: String
    var revoke: String
    var tokenLastUsed: String
    var tokenNeverUsed: String
    var tokenScope: String
    var tokenScopeNames: [String: String]
    var tokenScopesHint: String
    var tokenLifetime: String
    var deleteAccount: String
    var deleteAccountIntro: String
    var deleteAccountButton: String
    var role: String
    var roleNames: [String: String]
    var memberSince: String
    var signInToFavorite: String
    var wrongCredentials: String
    var wrongPassword: String
    var accountDisabled: String
    /// Banned from signing in: until when (nil for good), and why.
    var banned: @Sendable (String?, String) -> String
    var invalidBanReason: String
    var adminNotBannable: String
    var nameTaken: String
    var invalidName: String
    var nameNotAllowed: String
    var invalidDisplayName: String
    var displayName: String
    var displayNameHint: String
    var save: String
    var profileSaved: String
    var passwordTooShort: String
    var passwordTooLong: String
    var passwordTooCommon: String
    var passwordsDiffer: String
    var registrationClosed: String
    var busy: String
    var setupUnavailable: String
    var lastAdmin: String
    var invalidTokenName: String
    var invalidTokenScope: String
    var invalidTokenLifetime: String
    var tokenScopeAboveRole: String
    var tokenNeedsSession: String
    var tokenExpired: String
    var formRejectedTitle: String
    var formRejectedText: String
    var forbiddenTitle: String
    var forbiddenText: String
    var tooManyTitle: String

    var continueReading: @Sendable (Int) -> String
    var continueHeading: String
    var reachedPage: @Sendable (Int) -> String
    var favoritedAt: @Sendable (String) -> String
    var readAt: @Sendable (String) -> String
    var loginThrottled: @Sendable (String) -> String
    var registrationThrottled: @Sendable (String) -> String
    var confirmationThrottled: @Sendable (String) -> String
    /// A wait of so many seconds, or minutes, in words.
    var seconds: @Sendable (Int) -> String
    var minutes: @Sendable (Int) -> String
    var signedInAs: @Sendable (String) -> String
    var tokenExpires: @Sendable (String) -> String
    var days: @Sendable (Int) -> String
    /// An API token's scope, named, does not allow the request.
    var outsideTokenScope: @Sendable (String) -> String

    static let chinese = AccountStrings(
        logIn: "登录", logOut: "退出", register: "注册", profile: "个人中心", favorites: "我的收藏", history: "阅读历史",
        admin: "管理后台", name: "用户名", password: "密码", newPassword: "新密码", confirmPassword: "确认密码",
        currentPassword: "当前密码", nameHint: "2～32 个字符：汉字、字母、数字或 _ - .",
        passwordHint: "\(PasswordRules.lengths.lowerBound)～\(PasswordRules.lengths.upperBound) 个字符，可用任何文字；一句只有您记得的话比复杂的短密码更安全。",
        noAccount: "还没有账号？", haveAccount: "已有账号？",
        setupTitle: "创建管理员", setupIntro: "这是观山文库的首次设置：请为站点创建管理员账号。此链接只能使用一次，24 小时内有效。",
        setupButton: "创建管理员并登录",
        removeFavorite: "取消收藏", favoriteAdded: "已收藏", emptyFavorites: "还没有收藏的文档。在文档页点击“加入收藏”即可收藏。",
        emptyHistory: "还没有阅读记录。", clearHistory: "清空阅读历史", remove: "移除",
        changePassword: "修改密码", passwordChanged: "密码已修改，其他设备上的登录已退出。",
        apiTokens: "API 令牌", apiTokensIntro: "令牌让程序通过 JSON API 使用本站（请求头 Authorization: Bearer 令牌）。令牌只能在这里创建，只在创建时显示一次，请妥善保存；到期后即失效。",
        tokenName: "令牌名称", createToken: "创建令牌", tokenCreated: "新令牌（只显示这一次）：", noTokens: "还没有令牌。",
        revoke: "撤销", tokenLastUsed: "最近使用", tokenNeverUsed: "从未使用",
        tokenScope: "权限", tokenScopeNames: ["read": "只读", "read-write": "读写", "admin": "管理"],
        tokenScopesHint: "只读令牌只能读取；读写令牌还能修改您的角色允许修改的内容，但不能使用管理员专用的功能；管理令牌可以做管理员能做的一切，只有管理员能创建。令牌的权限不会超过您账号的角色。",
        tokenLifetime: "有效期",
        deleteAccount: "注销账号", deleteAccountIntro: "注销后，您的账号、收藏、阅读历史和令牌将被永久删除，无法恢复。",
        deleteAccountButton: "永久注销账号",
        role: "角色", roleNames: ["admin": "管理员", "editor": "编辑", "reader": "读者"], memberSince: "注册时间",
        signInToFavorite: "登录后即可收藏",
        wrongCredentials: "用户名或密码不正确。", wrongPassword: "当前密码不正确。", accountDisabled: "该账号已被停用，请联系管理员。",
        banned: { until, reason in (until.map { "该账号被禁止登录，至 \($0) 解除" } ?? "该账号被永久禁止登录") + "。原因：\(reason)" },
        invalidBanReason: "请写明封禁的原因（最多 200 字）。", adminNotBannable: "管理员账号不能封禁；请先更改其角色。",
        nameTaken: "这个用户名已被使用，请换一个。", invalidName: "用户名须为 2～32 个字符，只能包含汉字、字母、数字或 _ - .",
        nameNotAllowed: "这个用户名含有本站不允许的词语，请换一个。",
        invalidDisplayName: "显示名称须为 1～32 个字符。", displayName: "显示名称",
        displayNameHint: "显示在您分享的文档上，可以与用户名不同。", save: "保存", profileSaved: "已保存。",
        passwordTooShort: "密码至少需要 \(PasswordRules.lengths.lowerBound) 个字符。", passwordTooLong: "密码最多 \(PasswordRules.lengths.upperBound) 个字符。",
        passwordTooCommon: "这个密码是泄露最多的一万个常见密码之一，很容易被猜中。请换一个，例如一句只有您记得的话。",
        passwordsDiffer: "两次输入的密码不一致。",
        registrationClosed: "本站暂不开放注册。", busy: "服务器正忙，请稍后再试。",
        setupUnavailable: "此设置链接无效、已使用或已过期。请重新运行 guanshan serve 获取新链接，或用 guanshan user add 创建管理员。",
        lastAdmin: "您是本站唯一的管理员，不能注销账号。请先设置另一位管理员。", invalidTokenName: "令牌名称须为 1～60 个字符。",
        invalidTokenScope: "令牌权限须为只读、读写或管理。",
        invalidTokenLifetime: "令牌有效期须为 \(Accounts.tokenLifetimes.map(String.init).joined(separator: "、")) 天之一。",
        tokenScopeAboveRole: "只有管理员才能创建管理权限的令牌。",
        tokenNeedsSession: "令牌只能在登录后的个人中心创建，不能用 API 令牌创建。",
        tokenExpired: "这个 API 令牌已过期，请在个人中心创建新令牌。",
        formRejectedTitle: "表单已失效", formRejectedText: "这个表单已过期，或并非从本站提交。请返回上一页，刷新后再试。",
        forbiddenTitle: "没有权限", forbiddenText: "您的账号没有访问这个页面的权限。", tooManyTitle: "请稍后再试",
        continueReading: { "继续阅读第\($0)页" }, continueHeading: "继续阅读",
        reachedPage: { "读到第\($0)页" },
        favoritedAt: { "收藏于 \($0)" },
        readAt: { "阅读于 \($0)" },
        loginThrottled: { "从您的网络登录失败次数过多，请 \($0)后再试。" },
        registrationThrottled: { "从您的网络尝试注册的次数过多，请 \($0)后再试。" },
        confirmationThrottled: { "当前密码输错次数过多，请 \($0)后再试。" },
        seconds: { "\($0) 秒" },
        minutes: { "\($0) 分钟" },
        signedInAs: { "已登录：\($0)" },
        tokenExpires: { "\($0) 到期" },
        days: { "\($0) 天" },
        outsideTokenScope: { "这个 API 令牌的权限（\($0)）不允许这个请求，请在个人中心创建权限更大的令牌。" })

    static let english = AccountStrings(
        logIn: "Log in", logOut: "Log out", register: "Register", profile: "Profile", favorites: "Favorites", history: "History",
        admin: "Admin", name: "Name", password: "Password", newPassword: "New password", confirmPassword: "Confirm password",
        currentPassword: "Current password", nameHint: "2 to 32 characters: letters of any script, digits, _ - or .",
        passwordHint: "\(PasswordRules.lengths.lowerBound) to \(PasswordRules.lengths.upperBound) characters of any script; a sentence only you would think of is safer than a short complicated password.",
        noAccount: "No account yet?", haveAccount: "Have an account?",
        setupTitle: "Create the admin", setupIntro: "This is Guanshan's first setup: create the site's admin account. This link works once, within 24 hours.",
        setupButton: "Create the admin and log in",
        removeFavorite: "Remove from favorites", favoriteAdded: "In favorites",
        emptyFavorites: "No favorites yet. Use “Add to favorites” on a document to keep it here.",
        emptyHistory: "Nothing read yet.", clearHistory: "Clear history", remove: "Remove",
        changePassword: "Change password", passwordChanged: "Password changed; your other devices were logged out.",
        apiTokens: "API tokens", apiTokensIntro: "Tokens let programs use the site's JSON API (header Authorization: Bearer TOKEN). A token is made only here, shown once, when it is made, and stops working when it expires.",
        tokenName: "Token name", createToken: "Create token", tokenCreated: "New token (shown this once):", noTokens: "No tokens yet.",
        revoke: "Revoke", tokenLastUsed: "last used", tokenNeverUsed: "never used",
        tokenScope: "Scope", tokenScopeNames: ["read": "read", "read-write": "read and write", "admin": "admin"],
        tokenScopesHint: "A read token only reads; a read-write token may also change what your role allows, short of what only admins may do; an admin token may do all an admin may, and only admins can make one. A token never has more rights than your role.",
        tokenLifetime: "Expires after",
        deleteAccount: "Delete account", deleteAccountIntro: "Your account, favorites, history and tokens will be deleted for good.",
        deleteAccountButton: "Delete my account for good",
        role: "Role", roleNames: ["admin": "Admin", "editor": "Editor", "reader": "Reader"], memberSince: "Member since",
        signInToFavorite: "Log in to keep favorites",
        wrongCredentials: "Wrong name or password.", wrongPassword: "The current password is wrong.",
        accountDisabled: "This account is disabled; please contact the admin.",
        banned: { until, reason in (until.map { "This account may not sign in until \($0)" } ?? "This account may not sign in any more") + ". Reason: \(reason)" },
        invalidBanReason: "Say why the account is banned (at most 200 characters).", adminNotBannable: "An admin cannot be banned; change the role first.",
        nameTaken: "That name is taken; please choose another.", invalidName: "A name has 2 to 32 letters, digits, _ - or .",
        nameNotAllowed: "That name holds a word this site does not allow; please choose another.",
        invalidDisplayName: "A display name has 1 to 32 characters.", displayName: "Display name",
        displayNameHint: "Shown on the documents you share; it may differ from your login name.", save: "Save", profileSaved: "Saved.",
        passwordTooShort: "A password needs at least \(PasswordRules.lengths.lowerBound) characters.",
        passwordTooLong: "A password has at most \(PasswordRules.lengths.upperBound) characters.",
        passwordTooCommon: "This password is one of the 10,000 most common in leaked password lists and is easily guessed; please choose another, such as a sentence only you would think of.",
        passwordsDiffer: "The two passwords differ.", registrationClosed: "Registration is closed on this site.",
        busy: "The server is busy; please try again shortly.",
        setupUnavailable: "This setup link is unknown, used or expired. Run guanshan serve again for a new one, or create an admin with guanshan user add.",
        lastAdmin: "You are the site's only admin and cannot delete your account. Make someone else admin first.",
        invalidTokenName: "A token name has 1 to 60 characters.",
        invalidTokenScope: "A token's scope is read, read-write or admin.",
        invalidTokenLifetime: "A token lasts one of \(Accounts.tokenLifetimes.map(String.init).joined(separator: ", ")) days.",
        tokenScopeAboveRole: "Only admins can make admin tokens.",
        tokenNeedsSession: "Tokens are made only on the profile page of a signed-in browser, never with an API token.",
        tokenExpired: "This API token has expired; make a new one on the profile page (/me).",
        formRejectedTitle: "Form expired", formRejectedText: "This form has expired or was not sent from this site. Go back, reload the page and try again.",
        forbiddenTitle: "Not allowed", forbiddenText: "Your account may not open this page.", tooManyTitle: "Please wait",
        continueReading: { "Continue reading at page \($0)" }, continueHeading: "Continue reading",
        reachedPage: { "reached page \($0)" },
        favoritedAt: { "added \($0)" },
        readAt: { "read \($0)" },
        loginThrottled: { "Too many failed logins from your network; please try again in \($0)." },
        registrationThrottled: { "Too many registrations tried from your network; please try again in \($0)." },
        confirmationThrottled: { "The current password was wrong too many times; please try again in \($0)." },
        seconds: { $0 == 1 ? "1 second" : "\($0) seconds" },
        minutes: { $0 == 1 ? "1 minute" : "\($0) minutes" },
        signedInAs: { "Logged in as \($0)" },
        tokenExpires: { "expires \($0)" },
        days: { "\($0) days" },
        outsideTokenScope: { "This API token's scope (\($0)) does not allow this request; make a token with a wider scope on the profile page (/me)." })
}
