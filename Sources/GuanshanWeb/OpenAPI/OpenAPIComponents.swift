import Foundation
import GuanshanLibrary

extension OpenAPIDocument {
    static var components: String {
        get throws {
    #"""
    {
      "securitySchemes": {
        "bearer": {"type": "http", "scheme": "bearer", "description": "A personal API token, created on the profile page (/me) of a signed-in browser. Requests with a token need no form token. A token may do what both its scope and its account's role allow: `read`, GET and HEAD only; `read-write`, also changes, except what only admins may do; `admin`, everything. An expired token is answered 401 `token_expired`, a request outside the token's scope 403 `outside_token_scope`."},
        "session": {"type": "apiKey", "in": "cookie", "name": "gs_session", "description": "The browser session of the site (`__Host-gs_session` when the site is served over https). Requests that change something must also send the page's form token in the X-CSRF-Token header and come from the site's own origin."}
      },
      "parameters": {
        "DocumentID": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}},
        "CategoryID": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}},
        "TagName": {"name": "name", "in": "path", "required": true, "description": "Percent-encoded", "schema": {"type": "string"}},
        "User": {"name": "user", "in": "path", "required": true, "description": "`me`, or the signed-in account's own id; any other account's data is 404, for every role",
          "schema": {"type": "string"}},
        "ListPage": {"name": "page", "in": "query", "allowEmptyValue": true, "schema": {"type": "integer", "minimum": 1, "maximum": 1000000, "default": 1}}
      },
      "responses": {
        "BadRequest": {"description": "The request cannot be carried out as it is", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
        "Unauthorized": {"description": "No valid session or token, or the token expired", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
        "Forbidden": {"description": "The role or the API token's scope does not allow it, the form token or origin is wrong, or the password was wrong", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
        "NotFound": {"description": "No such thing, or not yours", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
        "Conflict": {"description": "Another document or category already has it", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
        "TooManyRequests": {"description": "Too many wrong passwords: wait the seconds the Retry-After header gives", "headers": {"Retry-After": {"schema": {"type": "integer"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
        "PageNotFound": {"description": "No such thing, or a page number larger than any list can have", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
        "TooLarge": {"description": "The body is larger than the site accepts", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
        "ServiceUnavailable": {"description": "The database cannot be reached: try again after the seconds the Retry-After header gives (`service_unavailable`)", "headers": {"Retry-After": {"schema": {"type": "integer"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
        "InsufficientStorage": {"description": "The server's disk is full: the write was not saved (`insufficient_storage`)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
      },
      "schemas": {
        "Error": {"type": "object", "required": ["error", "message"], "properties": {
          "error": {"type": "string", "description": "A code for programs, such as `not_found` or `duplicate`; these codes do not change", "enum": \#(list(APIErrorCode.allCases.map(\.rawValue)))},
          "message": {"type": "string", "description": "What went wrong, in English"},
          "field": {"type": "string", "description": "The field refused, with `invalid_setting`"}}},
        "Summary": {"type": "object", "required": ["id", "title", "sharer", "published", "characterCount", "readingMinutes", "views", "url"], "properties": {
          "id": {"type": "integer", "format": "int64"},
          "title": {"type": "string"},
          "sharer": {"type": "string"},
          "category": {"type": "string", "description": "The category's slug, when the document has one"},
          "published": {"type": "string", "format": "date-time"},
          "characterCount": {"type": "integer", "description": "Characters as Chinese readers count them"},
          "readingMinutes": {"type": "integer"},
          "views": {"type": "integer"},
          "url": {"type": "string", "description": "The reading page"}}},
        "SummaryPage": {"type": "object", "required": ["total", "page", "pageCount", "documents"], "properties": {
          "total": {"type": "integer"}, "page": {"type": "integer"}, "pageCount": {"type": "integer"},
          "documents": {"type": "array", "items": {"$ref": "#/components/schemas/Summary"}}}},
        "Block": {"type": "object", "required": ["type", "text"], "properties": {
          "type": {"type": "string", "enum": ["heading", "paragraph", "item", "orderedItem", "quote", "code", "table"]},
          "level": {"type": "integer", "description": "A heading's level, or a list item's depth from 0"},
          "text": {"type": "string", "description": "The text without markup; a table's cells separated by spaces, its rows by new lines"}}},
        "DocumentPage": {"type": "object", "required": ["document", "tags", "page", "pageCount", "blocks", "markdown"], "properties": {
          "document": {"$ref": "#/components/schemas/Summary"},
          "tags": {"type": "array", "items": {"type": "string"}},
          "page": {"type": "integer"},
          "pageCount": {"type": "integer", "description": "1 for `page=all`"},
          "blocks": {"type": "array", "items": {"$ref": "#/components/schemas/Block"}},
          "markdown": {"type": "string", "description": "The page's blocks as Markdown, emphasis and links kept"},
          "favorite": {"type": "boolean", "description": "Only for a signed-in reader"},
          "continuePage": {"type": "integer", "description": "On page 1, the later page a signed-in reader stopped at last time"},
          "continueBlock": {"type": "integer", "description": "With continuePage, the block (its #b anchor) the reader last went to on that page"}}},
        "Category": {"type": "object", "required": ["slug", "name", "documents"], "properties": {
          "slug": {"type": "string"}, "name": {"type": "string"}, "documents": {"type": "integer"}}},
        "SearchResults": {"type": "object", "required": ["total", "offset", "limit", "blocked", "unknownCategory", "unknownTag", "results"], "properties": {
          "total": {"type": "integer", "description": "Every matching document under the filters, exactly"}, "offset": {"type": "integer"}, "limit": {"type": "integer"},
          "blocked": {"type": "boolean", "description": "True when the query holds a word of the site's block list (敏感词): nothing was looked for"},
          "unknownCategory": {"type": "boolean", "description": "True when c names no category: nothing was found"},
          "unknownTag": {"type": "boolean", "description": "True when tag names no tag: nothing was found"},
          "suggestion": {"type": "string", "description": "Present when nothing was found and a query with one character changed finds documents under the same filters: that query"},
          "results": {"type": "array", "items": {"type": "object", "required": ["id", "title", "page", "url", "snippet", "score"], "properties": {
            "id": {"type": "integer", "format": "int64"},
            "title": {"type": "string"},
            "page": {"type": "integer", "description": "The page the best match is on"},
            "url": {"type": "string", "description": "The page, with the paragraph as fragment"},
            "snippet": {"type": "string", "description": "HTML: the text escaped, the matched terms in <mark>"},
            "score": {"type": "number"}}}}}},
        "Account": {"type": "object", "required": ["id", "name", "displayName", "role", "disabled", "created"], "properties": {
          "id": {"type": "integer", "format": "int64"},
          "name": {"type": "string", "description": "The login name"},
          "displayName": {"type": "string"},
          "role": {"type": "string", "enum": ["reader", "editor", "admin"]},
          "disabled": {"type": "boolean"},
          "contributor": {"type": "boolean", "description": "May share documents when the site lets contributors only share"},
          "bans": {"type": "array", "description": "In the admin's list: the account's bans in force", "items": {"type": "object", "required": ["scope", "reason"], "properties": {
            "scope": {"enum": ["upload", "comment", "sign-in"]}, "until": {"type": "string", "format": "date-time", "description": "Left out for good"},
            "reason": {"type": "string"}}}},
          "created": {"type": "string", "format": "date-time"}}},
        "AccountUpdate": {"type": "object", "properties": {"displayName": {"type": ["string", "null"], "minLength": 1, "maxLength": 32, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890\\u0891\\u08e2\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb]*$",
          "not": {"type": "string", "pattern": "^\\s*$"}, "description": "Shown on the documents the account publishes; white space at either end is removed. Left out or null: unchanged"}}},
        "PasswordChange": {"type": "object", "required": ["current", "new"], "properties": {
          "current": {"type": "string"},
          "new": {"type": "string", "minLength": 12, "maxLength": 128, "description": "Any Unicode; never truncated; not one of the 10,000 most common passwords (`password_too_common`)"}}},
        "PasswordConfirmation": {"type": "object", "required": ["password"], "properties": {"password": {"type": "string"}}},
        "TokenRequest": {"type": "object", "required": ["name"], "properties": {
          "name": {"type": "string", "minLength": 1, "maxLength": 60, "pattern": "\\S", "description": "White space at either end is removed"},
          "scope": {"enum": ["read", "read-write", "admin", null], "default": "read", "description": "`admin` for admins only; null is the default"},
          "expiresInDays": {"enum": [7, 30, 90, 365, null], "default": 90, "description": "null is the default"}}},
        "Token": {"type": "object", "required": ["id", "name", "scope", "created", "expires"], "properties": {
          "id": {"type": "integer", "format": "int64"},
          "name": {"type": "string"},
          "scope": {"type": "string", "enum": ["read", "read-write", "admin"]},
          "created": {"type": "string", "format": "date-time"},
          "expires": {"type": "string", "format": "date-time"},
          "lastUsed": {"type": "string", "format": "date-time"},
          "token": {"type": "string", "description": "The secret, only in the answer that creates the token"}}},
        "Entries": {"type": "object", "required": ["total", "page", "pageCount", "entries"], "properties": {
          "total": {"type": "integer"}, "page": {"type": "integer"}, "pageCount": {"type": "integer"},
          "entries": {"type": "array", "items": {"type": "object", "required": ["id", "title", "url", "page", "at"], "properties": {
            "id": {"type": "integer", "format": "int64", "description": "The document"},
            "title": {"type": "string"},
            "url": {"type": "string", "description": "The page reached, at the block read last when there is one"},
            "page": {"type": "integer"},
            "block": {"type": "integer", "description": "The block (its #b anchor) the reader last went to on that page"},
            "at": {"type": "string", "format": "date-time"}}}}}},
        "AdminDocumentPage": {"type": "object", "required": ["total", "page", "pageCount", "documents"], "properties": {
          "total": {"type": "integer"}, "page": {"type": "integer"}, "pageCount": {"type": "integer"},
          "documents": {"type": "array", "items": {"type": "object", "required": ["document", "state", "updated"], "properties": {
            "document": {"$ref": "#/components/schemas/Summary"},
            "state": {"type": "string", "enum": ["published", "draft", "trashed"]},
            "updated": {"type": "string", "format": "date-time"},
            "nearDuplicateOf": {"type": "integer", "format": "int64", "description": "The document this one was imported as a near-duplicate of"}}}}}},
        "Draft": {"type": "object", "required": ["body"], "properties": {
          "title": {"type": ["string", "null"], "maxLength": 200, "description": "Without it (or empty, or null), the body's first line (plain text) or opening level-1 heading (Markdown) when that is a short title line; a draft with neither is refused (400 `invalid_document`)"},
          "body": {"type": "string", "minLength": 1, "pattern": "\\S", "description": "At most 8 MiB, not only white space"},
          "format": {"enum": ["text", "markdown", null], "default": "text"},
          "category": {"type": ["string", "null"], "description": "A category's name; a new name creates the category"},
          "tags": {"type": ["array", "null"], "items": {"type": "string"}},
          "status": {"enum": ["published", "draft", null], "default": "published"}}},
        "EditableDocument": {"type": "object", "required": ["id", "state", "title", "body", "format", "tags", "revision", "updated"], "properties": {
          "id": {"type": "integer", "format": "int64"},
          "state": {"type": "string", "enum": ["published", "draft", "trashed"]},
          "title": {"type": "string"},
          "body": {"type": "string"},
          "format": {"type": "string", "enum": ["markdown"]},
          "category": {"type": "string"},
          "tags": {"type": "array", "items": {"type": "string"}},
          "revision": {"type": "integer"},
          "updated": {"type": "string", "format": "date-time"}}},
        "Created": {"type": "object", "required": ["id", "url"], "properties": {
          "id": {"type": "integer", "format": "int64"}, "url": {"type": "string"}}},
        "ImportFailure": {"type": "object", "required": ["source", "message"], "properties": {
          "source": {"type": "string", "description": "The file, and the line for JSONL"}, "message": {"type": "string"}}},
        "ImportResult": {"type": "object", "required": ["imported", "skipped", "failed"], "properties": {
          "imported": {"type": "array", "items": {"type": "object", "required": ["id", "title", "url"], "properties": {
            "id": {"type": "integer", "format": "int64"}, "title": {"type": "string"}, "url": {"type": "string"}}}},
          "skipped": {"type": "array", "items": {"type": "object", "required": ["title", "duplicateOf"], "properties": {
            "title": {"type": "string"}, "duplicateOf": {"type": "integer", "format": "int64"}}}},
          "failed": {"type": "array", "items": {"$ref": "#/components/schemas/ImportFailure"}},
          "nearDuplicates": {"type": "array", "description": "Documents close to one in the library: imported with a mark (with their id) or skipped, as the settings say",
            "items": {"type": "object", "required": ["title", "similarTo", "similarTitle"], "properties": {
              "title": {"type": "string"}, "id": {"type": "integer", "format": "int64"},
              "similarTo": {"type": "integer", "format": "int64"}, "similarTitle": {"type": "string"}}}}}},
        "AdminCategory": {"type": "object", "required": ["id", "name", "slug", "documents"], "properties": {
          "id": {"type": "integer", "format": "int64"}, "name": {"type": "string"}, "slug": {"type": "string"}, "documents": {"type": "integer"}}},
        "CategoryInput": {"type": "object", "required": ["name"], "properties": {
          "name": {"type": "string", "minLength": 1, "maxLength": 40, "pattern": "\\S", "description": "1 to 40 characters once white space at either end is removed"},
          "slug": {"type": ["string", "null"], "maxLength": 60, "pattern": "^[^/?#%\\\\ ]*$", "description": "No / ? # % \\ or spaces, at most 60 characters, lowercased; made from the name when left out, empty or null"}}},
        "Tag": {"type": "object", "required": ["name", "documents"], "properties": {
          "name": {"type": "string", "minLength": 1, "description": "As documents carry it: a tag given with a document is kept as written"},
          "documents": {"type": "integer"}}},
        "TagRename": {"type": "object", "required": ["name"], "properties": {
          "name": {"type": "string", "minLength": 1, "maxLength": 40, "pattern": "^[^,，、/]*\\S[^,，、/]*$", "description": "1 to 40 characters, no commas or slashes"}}},
        "Dashboard": {"type": "object", "required": ["published", "drafts", "trashed", "characters", "views", "dailyViews", "mostRead", "recentImports"], "properties": {
          "published": {"type": "integer"}, "drafts": {"type": "integer"}, "trashed": {"type": "integer"},
          "characters": {"type": "integer"}, "views": {"type": "integer"},
          "dailyViews": {"type": "array", "description": "The last 30 days in the site's time zone, oldest first", "items": {"type": "object", "required": ["day", "views"], "properties": {
            "day": {"type": "string", "format": "date"}, "views": {"type": "integer"}}}},
          "mostRead": {"type": "array", "items": {"$ref": "#/components/schemas/Summary"}},
          "recentImports": {"type": "array", "items": {"type": "object", "required": ["started", "finished", "origin", "imported", "skipped", "failed"], "properties": {
            "started": {"type": "string", "format": "date-time"}, "finished": {"type": "string", "format": "date-time"},
            "origin": {"type": "string", "enum": ["cli", "admin"]},
            "imported": {"type": "integer"}, "skipped": {"type": "integer"},
            "failed": {"type": "array", "items": {"$ref": "#/components/schemas/ImportFailure"}}}}}}},
        "UserPage": {"type": "object", "required": ["total", "page", "pageCount", "users"], "properties": {
          "total": {"type": "integer"}, "page": {"type": "integer"}, "pageCount": {"type": "integer"},
          "users": {"type": "array", "items": {"$ref": "#/components/schemas/Account"}}}},
        "SecurityEventPage": {"type": "object", "required": ["total", "page", "pageCount", "events"], "properties": {
          "total": {"type": "integer"}, "page": {"type": "integer"}, "pageCount": {"type": "integer"},
          "events": {"type": "array", "items": {"type": "object", "required": ["id", "at", "kind"], "properties": {
            "id": {"type": "integer", "format": "int64"}, "at": {"type": "string", "format": "date-time"}, "kind": {"type": "string"},
            "actorID": {"type": "integer", "format": "int64"}, "actor": {"type": "string"}, "address": {"type": "string"},
            "subject": {"type": "string"}, "detail": {"type": "string"}}}}}},
        "UserUpdate": {"type": "object", "properties": {
          "role": {"enum": ["reader", "editor", "admin", null]}, "disabled": {"type": ["boolean", "null"]},
          "contributor": {"type": ["boolean", "null"]}}, "description": "A field left out or null is unchanged"},
        "UploadPage": {"type": "object", "required": ["total", "page", "pageCount", "uploads"], "properties": {
          "total": {"type": "integer"}, "page": {"type": "integer"}, "pageCount": {"type": "integer"},
          "uploads": {"type": "array", "items": {"type": "object", "required": ["id", "title", "state", "submitted"], "properties": {
            "id": {"type": "integer", "format": "int64", "description": "The document"}, "title": {"type": "string"},
            "state": {"enum": ["pending", "published", "rejected", "taken-down"]}, "reason": {"type": "string", "description": "Why it was refused or taken down"},
            "submitted": {"type": "string", "format": "date-time"}, "decided": {"type": "string", "format": "date-time"}}}}}},
        "NotificationPage": {"type": "object", "required": ["total", "unread", "page", "pageCount", "notifications"], "properties": {
          "total": {"type": "integer"}, "unread": {"type": "integer", "description": "Unread before this request"}, "page": {"type": "integer"}, "pageCount": {"type": "integer"},
          "notifications": {"type": "array", "items": {"type": "object", "required": ["id", "kind", "title", "at", "read"], "properties": {
            "id": {"type": "integer", "format": "int64"}, "kind": {"enum": ["approved", "rejected", "taken-down", "held", "refused"]},
            "document": {"type": "integer", "format": "int64"}, "title": {"type": "string"}, "detail": {"type": "string"},
            "at": {"type": "string", "format": "date-time"}, "read": {"type": "boolean"}}}}}},
        "ReviewQueue": {"type": "object", "required": ["total", "page", "pageCount", "submissions"], "properties": {
          "total": {"type": "integer"}, "page": {"type": "integer"}, "pageCount": {"type": "integer"},
          "submissions": {"type": "array", "items": {"type": "object", "required": ["id", "title", "uploader", "submitted", "heldFor"], "properties": {
            "id": {"type": "integer", "format": "int64", "description": "The document"}, "title": {"type": "string"}, "uploader": {"type": "string"},
            "submitted": {"type": "string", "format": "date-time"},
            "heldFor": {"type": "array", "description": "Why the checks held it", "items": {"type": "object", "required": ["kind"], "properties": {
              "kind": {"enum": ["words", "nearDuplicate", "reportedUploader", "takenDown"]},
              "words": {"type": "array", "items": {"type": "string"}, "description": "The words of the hold list found"},
              "document": {"type": "integer", "format": "int64", "description": "The document it is close to"},
              "takedown": {"type": "integer", "format": "int64", "description": "The record of the takedown whose text it is, or is close to"}}}}}}}}},
        "ReviewDecision": {"type": "object", "required": ["decision", "ids"], "properties": {
          "decision": {"enum": ["approve", "reject", "take-down"]},
          "ids": {"type": "array", "maxItems": 500, "items": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}},
          "reason": {"type": ["string", "null"], "maxLength": 200, "description": "Needed to reject or take down; the uploader is told"}}},
        "CommentRequest": {"type": "object", "required": ["body"], "properties": {
          "body": {"type": "string", "minLength": 1, "maxLength": 1000},
          "parent": {"type": ["integer", "null"], "format": "int64", "minimum": 1, "maximum": 999999999999999999, "description": "The comment replied to, itself not a reply"}}},
        "CommentPosted": {"type": "object", "required": ["id", "state"], "properties": {
          "id": {"type": "integer", "format": "int64"}, "state": {"enum": ["published", "pending", "hidden"]}}},
        "Comment": {"type": "object", "required": ["id", "author", "body", "state", "created"], "properties": {
          "id": {"type": "integer", "format": "int64"}, "author": {"type": "string", "description": "Empty once the comment or its author's account is deleted"},
          "body": {"type": "string", "description": "Empty once deleted; words the site masks in ＊"},
          "state": {"enum": ["published", "pending", "hidden", "deleted"], "description": "pending and hidden only for their author; deleted stands while it has replies"},
          "created": {"type": "string", "format": "date-time"}, "edited": {"type": ["string", "null"], "format": "date-time"},
          "replies": {"type": "array", "description": "Oldest first", "items": {"$ref": "#/components/schemas/CommentReply"}}}},
        "CommentReply": {"type": "object", "required": ["id", "author", "body", "state", "created"], "properties": {
          "id": {"type": "integer", "format": "int64"}, "author": {"type": "string"}, "body": {"type": "string"},
          "state": {"enum": ["published", "pending", "hidden"]},
          "created": {"type": "string", "format": "date-time"}, "edited": {"type": ["string", "null"], "format": "date-time"}}},
        "CommentPage": {"type": "object", "required": ["total", "page", "pageCount", "comments"], "properties": {
          "total": {"type": "integer"}, "page": {"type": "integer"}, "pageCount": {"type": "integer"},
          "comments": {"type": "array", "items": {"$ref": "#/components/schemas/Comment"}}}},
        "CommentQueue": {"type": "object", "required": ["total", "page", "pageCount", "comments"], "properties": {
          "total": {"type": "integer"}, "page": {"type": "integer"}, "pageCount": {"type": "integer"},
          "comments": {"type": "array", "items": {"type": "object", "required": ["id", "document", "documentTitle", "author", "body", "state", "created"], "properties": {
            "id": {"type": "integer", "format": "int64"}, "document": {"type": "integer", "format": "int64"}, "documentTitle": {"type": "string"},
            "parent": {"type": ["integer", "null"], "format": "int64"}, "author": {"type": "string"}, "body": {"type": "string"},
            "state": {"enum": ["published", "pending", "hidden", "deleted"]}, "created": {"type": "string", "format": "date-time"}}}}}},
        "CopyrightNoticeRequest": {"type": "object", "required": ["claimant", "contact", "work", "documents", "declared"], "properties": {
          "claimant": {"type": "string", "minLength": 1, "maxLength": 100, "description": "The rights holder (权利人)"},
          "contact": {"type": "string", "minLength": 1, "maxLength": 100, "description": "An e-mail address or a telephone number"},
          "byAgent": {"type": ["boolean", "null"], "description": "Sent by the rights holder's agent; null or left out for no"},
          "work": {"type": "string", "minLength": 1, "maxLength": 1000, "description": "The work and the rights claimed"},
          "documents": {"type": "array", "minItems": 1, "maxItems": 50, "items": {"type": "string", "maxLength": 2000}, "description": "The documents of this site: addresses (https://…/d/12), paths or ids"},
          "details": {"type": ["string", "null"], "maxLength": 2000},
          "declared": {"type": "boolean", "description": "The sender declares the notice true; must be true"}}},
        "CopyrightNoticePage": {"type": "object", "required": ["total", "page", "pageCount", "notices"], "properties": {
          "total": {"type": "integer"}, "page": {"type": "integer"}, "pageCount": {"type": "integer"},
          "notices": {"type": "array", "items": {"type": "object", "required": ["id", "claimant", "contact", "byAgent", "work", "documents", "details", "created"], "properties": {
            "id": {"type": "integer", "format": "int64"}, "claimant": {"type": "string"}, "contact": {"type": "string"}, "byAgent": {"type": "boolean"},
            "work": {"type": "string"}, "documents": {"type": "array", "items": {"type": "integer", "format": "int64"}}, "details": {"type": "string"},
            "created": {"type": "string", "format": "date-time"}, "handled": {"type": ["string", "null"], "format": "date-time"}}}}}},
        "TakedownPage": {"type": "object", "required": ["total", "page", "pageCount", "takedowns"], "properties": {
          "total": {"type": "integer"}, "page": {"type": "integer"}, "pageCount": {"type": "integer"},
          "takedowns": {"type": "array", "items": {"type": "object", "required": ["id", "title", "contentHash", "reason", "created"], "properties": {
            "id": {"type": "integer", "format": "int64"}, "document": {"type": ["integer", "null"], "format": "int64", "description": "Null once the document is deleted"},
            "title": {"type": "string"}, "contentHash": {"type": "string"}, "reason": {"type": "string"},
            "by": {"type": ["string", "null"], "description": "The editor; null when the site took it down"}, "created": {"type": "string", "format": "date-time"}}}}}},
        "ReportRequest": {"type": "object", "required": ["reason"], "properties": {
          "reason": {"enum": ["infringement", "illegal", "advertising", "vulgar", "error", "other"], "description": "侵权, 违法违规, 广告, 低俗, 内容错误, 其他"},
          "details": {"type": ["string", "null"], "maxLength": 1000, "description": "Null or left out for none"}}},
        "ReportQueue": {"type": "object", "required": ["total", "page", "pageCount", "documents"], "properties": {
          "total": {"type": "integer"}, "page": {"type": "integer"}, "pageCount": {"type": "integer"},
          "documents": {"type": "array", "items": {"type": "object", "required": ["id", "title", "reports", "reporters", "reasons", "latest"], "properties": {
            "id": {"type": "integer", "format": "int64"}, "title": {"type": "string"}, "reports": {"type": "integer"},
            "reporters": {"type": "integer", "description": "Distinct people (accounts or addresses)"},
            "reasons": {"type": "array", "items": {"enum": ["infringement", "illegal", "advertising", "vulgar", "error", "other"]}},
            "latest": {"type": "string", "format": "date-time"}}}}}},
        "BanRequest": {"type": "object", "required": ["length", "reason"], "properties": {
          "length": {"enum": ["1", "7", "30", "forever"], "description": "Days, or for good"},
          "reason": {"type": "string", "minLength": 1, "maxLength": 200, "description": "Kept in the security log; told to the account when it tries to sign in"}}},
        "WordList": {"type": "object", "required": ["words"], "properties": {
          "policy": {"enum": ["block", "hold", "mask", null], "description": "The list; in a request, the path's list or null, or left out"},
          "words": {"type": "array", "maxItems": 100000, "description": "One word each: trimmed, blank ones and repeats dropped; each needs a letter or digit and no control character",
            "items": {"type": "string", "maxLength": 50}}},
          "description": "A sensitive-word list (敏感词): its words in the order of their UTF-8 bytes"},
        "Settings": \#(try settingsSchema)
      }
    }
    """#
        }
    }
}

extension OpenAPIDocument {
    /// The analytics ID each service takes (`Analytics.isID`), or a part of it.
    static let analyticsIDs: [(String, String)] = [
        ("baidu", #"^[0-9a-f]{32}$"#), ("google", #"^G-[A-Z0-9]{1,20}$"#),
        ("umami", #"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"#),
        ("plausible", #"^[a-z0-9-]{1,20}(\.[a-z0-9-]{1,20}){1,4}$"#),
    ]

    /// A label of a host name. Not punycode (`xn--`): Foundation decodes such a label and finds no host
    /// when that fails, so the patterns leave them out rather than describe what is not taken.
    static let label = #"(?![Xx][Nn]--)[A-Za-z0-9-]+"#

    /// A plain http or https address, as the settings' patterns describe links.
    static let plainLink = #"https?://\#(label)(\.\#(label))+(/[A-Za-z0-9._~/-]*)?"#

    /// The schema of the settings, made from `SiteSettings.fields` as the API's JSON and the validation are.
    static var settingsSchema: String {
        get throws {
        var properties: [String: [String: Any]] = [:]
        for field in SiteSettings.fields {
            var property: [String: Any] = switch field.kind {
            case .text(let limit, let required):
                required ? ["type": "string", "minLength": 1, "maxLength": limit, "pattern": "\\S"] : ["type": "string", "maxLength": limit]
            case .number(let range): ["type": "integer", "minimum": range.lowerBound, "maximum": range.upperBound]
            case .flag: ["type": "boolean"]
            case .choice(let values): ["type": "string", "enum": values]
            case .siteAddress:
                ["type": "string", "pattern": #"^([Hh][Tt][Tt][Pp][Ss]?://\#(Self.label)(\.\#(Self.label))*(:[0-9]{1,4})?(/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?)?$"#]
            case .imageAddress:
                ["type": "string", "maxLength": field.limit,
                 "pattern": #"^(/(?![/\\])[\s\S]*|https://\#(Self.label)(\.\#(Self.label))*(:[0-9]{1,4})?(/[A-Za-z0-9._~!$&'()*+,;=:@/-]*)?(\?[A-Za-z0-9._~!$&'()*+,;=:@/?-]*)?)?$"#]
            // The patterns below describe a part of what the settings take (names without spaces, plain
            // addresses): whatever matches is taken.
            case .friendLinks:
                ["type": "string", "maxLength": field.limit,
                 "pattern": #"^([^\s\u0085]{1,30} \#(Self.plainLink)(\n[^\s\u0085]{1,30} \#(Self.plainLink)){0,29})?$"#]
            case .advert:
                ["type": "string", "maxLength": field.limit,
                 "pattern": #"^((/[A-Za-z0-9._~-][A-Za-z0-9._~/-]*|https://\#(Self.label)(\.\#(Self.label))+(/[A-Za-z0-9._~/-]*)?) \#(Self.plainLink)|<p>[A-Za-z0-9\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5 ]{0,200}</p>)?$"#]
            case .analyticsID:
                // What each service takes is in `analyticsIDs`, by the service chosen.
                ["type": "string", "maxLength": field.limit]
            case .policeRecord: ["type": "string", "maxLength": field.limit, "pattern": #"^([^0-9]*([0-9][^0-9]*){14})?$"#]
            case .analyticsHost:
                ["type": "string", "maxLength": field.limit, "pattern": #"^(https://\#(Self.label)(\.\#(Self.label))*(:[1-9][0-9]{0,3})?/?)?$"#]
            }
            if !field.about.isEmpty { property["description"] = field.about }
            properties[field.name] = property
        }
        let schema: [String: Any] = [
            "type": "object", "required": SiteSettings.fields.map(\.name), "properties": properties,
            "allOf": analyticsIDs.map { service, pattern in
                [
                    "if": ["properties": ["analyticsService": ["const": service]], "required": ["analyticsService"]],
                    "then": ["properties": ["analyticsID": ["pattern": pattern]]],
                ]
            },
        ]
        let data = try JSONSerialization.data(withJSONObject: schema, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
        }
    }
}
