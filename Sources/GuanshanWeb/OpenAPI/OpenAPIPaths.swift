import GuanshanModel

extension OpenAPIDocument {
    /// Every route under `/api/v1`; `OpenAPITests` checks that the router has exactly these.
    static var paths: String {
    #"""
    {
      "/openapi.json": {
        "get": {"operationId": "getOpenAPI", "tags": ["reading"], "summary": "This description of the API", "security": [],
          "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}}}}
      },
      "/search": {
        "get": {"operationId": "search", "tags": ["reading"], "summary": "Find documents that contain every term exactly",
          "description": "Terms are separated by spaces; a term in double quotes is a phrase. Chinese is matched exactly, any two characters included. Filters narrow the matches and every total is exact. Results are ranked, best first, or sorted as `sort` asks. When nothing is found, `suggestion` may give the query with one character changed that finds the most documents under the same filters.",
          "security": [],
          "parameters": [
            {"name": "q", "in": "query", "description": "At most 2000 characters and 32 terms", "allowEmptyValue": true, "schema": {"type": "string", "maxLength": 2000}},
            {"name": "c", "in": "query", "description": "Category slug: only that category's documents; a slug of no category finds nothing", "allowEmptyValue": true, "schema": {"type": "string", "maxLength": 200, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"}},
            {"name": "tag", "in": "query", "description": "Tag name: only documents with that tag; a name of no tag finds nothing", "allowEmptyValue": true, "schema": {"type": "string", "maxLength": 200, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"}},
            {"name": "time", "in": "query", "description": "Published within the last week, month or year (in the site's time zone); ignored when from or to is given", "allowEmptyValue": true, "schema": {"type": "string", "enum": ["week", "month", "year"]}},
            {"name": "from", "in": "query", "description": "Published on or after this day, in the site's time zone", "allowEmptyValue": true, "schema": {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}},
            {"name": "to", "in": "query", "description": "Published on or before this day, in the site's time zone; not before from", "allowEmptyValue": true, "schema": {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}},
            {"name": "pages", "in": "query", "description": "Page count: `5` exactly, `2-5` from 2 to 5, `21-` 21 or more (1 to 1000000)", "allowEmptyValue": true, "schema": {"type": "string", "pattern": "^[1-9][0-9]{0,6}(-([1-9][0-9]{0,6})?)?$"}},
            {"name": "sort", "in": "query", "description": "relevance (the default), newest (published last first), views (most read first, view counts as of the last five minutes)", "allowEmptyValue": true, "schema": {"type": "string", "enum": ["relevance", "newest", "views"], "default": "relevance"}},
            {"name": "limit", "in": "query", "allowEmptyValue": true, "schema": {"type": "integer", "minimum": 0, "maximum": 100, "default": 10}},
            {"name": "offset", "in": "query", "allowEmptyValue": true, "schema": {"type": "integer", "minimum": 0, "maximum": 10000, "default": 0}}
          ],
          "responses": {"200": {"description": "Results", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}},
            "links": {"ReadDocument": {"operationId": "readDocument", "parameters": {"id": "$response.body#/results/0/id", "page": "$response.body#/results/0/page"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}}}
      },
      "/documents": {
        "get": {"operationId": "listDocuments", "tags": ["reading"], "summary": "Published documents, newest first, 20 a page", "security": [],
          "parameters": [
            {"name": "category", "in": "query", "description": "Category slug", "allowEmptyValue": true, "schema": {"type": "string", "maxLength": 200, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"}},
            {"name": "tag", "in": "query", "allowEmptyValue": true, "schema": {"type": "string", "maxLength": 200, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"}},
            {"$ref": "#/components/parameters/ListPage"}
          ],
          "responses": {"200": {"description": "A page of the list", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SummaryPage"}}},
            "links": {"ReadDocument": {"operationId": "readDocument", "parameters": {"id": "$response.body#/documents/0/id"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/documents/{id}": {
        "get": {"operationId": "readDocument", "tags": ["reading"], "summary": "One page of a document, or all of it",
          "description": "Counts a view. For a signed-in reader it also records the page reached in the reading history and tells whether the document is a favorite.",
          "security": [{}, {"bearer": []}, {"session": []}],
          "parameters": [
            {"$ref": "#/components/parameters/DocumentID"},
            {"name": "page", "in": "query", "description": "A page number from 1, or `all`", "allowEmptyValue": true,
             "schema": {"anyOf": [{"type": "integer", "minimum": 1, "maximum": 1000000}, {"type": "string", "enum": ["all"]}], "default": 1}}
          ],
          "responses": {"200": {"description": "The page", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DocumentPage"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/categories": {
        "get": {"operationId": "listCategories", "tags": ["reading"], "summary": "Categories with their published documents", "security": [],
          "responses": {"200": {"description": "Categories", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Category"}}}}}}}
      },
      "/me": {
        "get": {"operationId": "getMe", "tags": ["account"], "summary": "The signed-in account",
          "responses": {"200": {"description": "The account", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}},
            "links": {"ListFavorites": {"operationId": "listFavorites", "parameters": {"user": "$response.body#/id"}}, "ListHistory": {"operationId": "listHistory", "parameters": {"user": "$response.body#/id"}}}},
            "401": {"$ref": "#/components/responses/Unauthorized"}}},
        "patch": {"operationId": "updateMe", "tags": ["account"], "summary": "Change the display name", "description": "Any other field, `role` included, is ignored.",
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AccountUpdate"}}}},
          "responses": {"200": {"description": "The account as it is now", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Account"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}}},
        "delete": {"operationId": "deleteMe", "tags": ["account"], "summary": "Delete the account, its favorites, history, sessions and tokens",
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PasswordConfirmation"}}}},
          "responses": {"204": {"description": "Deleted"}, "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
            "429": {"$ref": "#/components/responses/TooManyRequests"}}}
      },
      "/me/password": {
        "post": {"operationId": "changePassword", "tags": ["account"], "summary": "Change the password; every other session ends",
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PasswordChange"}}}},
          "responses": {"204": {"description": "Changed"}, "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
            "429": {"$ref": "#/components/responses/TooManyRequests"}}}
      },
      "/documents/{id}/reports": {
        "post": {"operationId": "reportDocument", "tags": ["reading"], "summary": "Report a published document (举报), as anyone; at most 10 reports an hour from one reporter",
          "security": [{}, {"bearer": []}, {"session": []}],
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ReportRequest"}}}},
          "responses": {"204": {"description": "Recorded"}, "400": {"$ref": "#/components/responses/BadRequest"},
            "404": {"$ref": "#/components/responses/NotFound"},
            "415": {"description": "Sent without credentials, the body must be `application/json`", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
            "429": {"description": "Too many reports from this reporter in the last hour (`throttled`)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}
      },
      "/documents/{id}/comments": {
        "get": {"operationId": "listComments", "tags": ["reading"], "summary": "A published document's comments, newest first, 20 a page, each with its replies oldest first; a signed-in reader also sees their own comments waiting for review or hidden",
          "security": [{}, {"bearer": []}, {"session": []}],
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}}, {"$ref": "#/components/parameters/ListPage"}],
          "responses": {"200": {"description": "A page of comments", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CommentPage"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/PageNotFound"}}},
        "post": {"operationId": "postComment", "tags": ["reading"], "summary": "Comment on a published document, or reply to one of its comments (one level); reviewed first or after as the site's setting says; at most 3 a minute and 30 an hour",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CommentRequest"}}}},
          "responses": {"201": {"description": "Posted: `published`, or `pending` until an editor approves it", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CommentPosted"}}}},
            "400": {"description": "The text is empty, longer than 1,000 characters (`bad_parameter`), holds a word the site does not allow (`blocked_words`), or the comment replied to has 100 replies (`too_many_replies`)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"description": "Comments are off (`comments_closed`), or an admin stopped the account from commenting (`banned`)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "404": {"$ref": "#/components/responses/NotFound"}, "429": {"description": "More than 3 comments a minute or 30 an hour (`throttled`)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}
      },
      "/comments/{id}": {
        "patch": {"operationId": "editComment", "tags": ["reading"], "summary": "Change one's own comment, in its first 10 minutes",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["body"], "properties": {"body": {"type": "string", "minLength": 1, "maxLength": 1000}}}}}},
          "responses": {"200": {"description": "Changed; its state", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CommentPosted"}}}},
            "400": {"description": "The text is empty, longer than 1,000 characters (`bad_parameter`), holds a word the site does not allow (`blocked_words`), or the comment replied to has 100 replies (`too_many_replies`)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"description": "Someone else's comment (`not_yours`), more than 10 minutes old (`edit_window_passed`), comments are off (`comments_closed`) or the account may not comment (`banned`)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "404": {"$ref": "#/components/responses/NotFound"}}},
        "delete": {"operationId": "deleteComment", "tags": ["reading"], "summary": "Delete one's own comment, or any as an editor; its replies stay",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}}],
          "responses": {"204": {"description": "Deleted"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/copyright-notices": {
        "post": {"operationId": "sendCopyrightNotice", "tags": ["reading"], "summary": "Send a copyright notice (权利人投诉), as anyone: who claims which work, and which documents of the site infringe it; at most 5 an hour from one sender",
          "security": [{}, {"bearer": []}, {"session": []}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CopyrightNoticeRequest"}}}},
          "responses": {"201": {"description": "Recorded", "content": {"application/json": {"schema": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer", "format": "int64"}}}}}},
            "400": {"description": "A field is missing or too long (`bad_parameter`, with the field), a line names no document of the site (`unknown_document`), or the declaration is not made (`declaration_required`)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}, "415": {"description": "Sent without credentials, the body must be `application/json`", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
            "429": {"description": "More than 5 notices in the last hour from this sender (`throttled`)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}
      },
      "/me/uploads": {
        "get": {"operationId": "listUploads", "tags": ["personal"], "summary": "The documents the account shared, newest first, with where each is in its review",
          "parameters": [{"$ref": "#/components/parameters/ListPage"}],
          "responses": {"200": {"description": "A page of uploads", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UploadPage"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/PageNotFound"}}},
        "post": {"operationId": "shareDocuments", "tags": ["personal"], "summary": "Share documents (at most 20 files, 20 MB in all) for review, as the site's sharing setting allows",
          "description": "Each file becomes a document of the account's, a draft until an editor approves it (or at once after review, when the site publishes first and nothing held it). A file holding a word of the block list is refused; its notification says why.",
          "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
            "file": {"type": "string", "contentMediaType": "application/octet-stream"},
            "category": {"type": "string", "description": "One of the site's categories, by name; empty for none"},
            "tags": {"type": "string", "description": "Tags separated by commas; at most 10"}}}}}},
          "responses": {"202": {"description": "Queued: the files are read in the background", "content": {"application/json": {"schema": {"type": "object", "required": ["job"], "properties": {"job": {"type": "integer", "format": "int64"}}}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "413": {"$ref": "#/components/responses/TooLarge"},
            "429": {"description": "The day's files or megabytes are used up (`daily_limit`)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}}}
      },
      "/me/notifications": {
        "get": {"operationId": "listNotifications", "tags": ["personal"], "summary": "The editors' decisions on the account's documents, newest first; reading the first page marks them read",
          "parameters": [{"$ref": "#/components/parameters/ListPage"}],
          "responses": {"200": {"description": "A page of notifications", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NotificationPage"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/PageNotFound"}}}
      },
      "/me/tokens": {
        "get": {"operationId": "listTokens", "tags": ["account"], "summary": "The account's API tokens (never their secrets)",
          "responses": {"200": {"description": "Tokens", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Token"}}}}},
            "401": {"$ref": "#/components/responses/Unauthorized"}}},
        "post": {"operationId": "createToken", "tags": ["account"], "summary": "Create an API token; its secret is shown this once",
          "description": "Only with a signed-in browser session (and its X-CSRF-Token): a request made with an API token is refused, 403 `token_needs_session`.",
          "security": [{"session": []}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TokenRequest"}}}},
          "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Token"}}},
            "links": {"RevokeToken": {"operationId": "revokeToken", "parameters": {"id": "$response.body#/id"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}}}
      },
      "/me/tokens/{id}": {
        "delete": {"operationId": "revokeToken", "tags": ["account"], "summary": "Revoke an API token",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}}],
          "responses": {"204": {"description": "Revoked"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/users/{user}/favorites": {
        "get": {"operationId": "listFavorites", "tags": ["personal"], "summary": "Favorites, the latest first",
          "parameters": [{"$ref": "#/components/parameters/User"}, {"$ref": "#/components/parameters/ListPage"}],
          "responses": {"200": {"description": "A page of favorites", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Entries"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/users/{user}/favorites/{id}": {
        "put": {"operationId": "addFavorite", "tags": ["personal"], "summary": "Add a document to the favorites",
          "parameters": [{"$ref": "#/components/parameters/User"}, {"$ref": "#/components/parameters/DocumentID"}],
          "responses": {"204": {"description": "Added"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "404": {"$ref": "#/components/responses/NotFound"}}},
        "delete": {"operationId": "removeFavorite", "tags": ["personal"], "summary": "Remove a document from the favorites",
          "parameters": [{"$ref": "#/components/parameters/User"}, {"$ref": "#/components/parameters/DocumentID"}],
          "responses": {"204": {"description": "Removed"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/users/{user}/history": {
        "get": {"operationId": "listHistory", "tags": ["personal"], "summary": "Documents read, the latest first, with the page reached",
          "parameters": [{"$ref": "#/components/parameters/User"}, {"$ref": "#/components/parameters/ListPage"}],
          "responses": {"200": {"description": "A page of the history", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Entries"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "404": {"$ref": "#/components/responses/NotFound"}}},
        "delete": {"operationId": "clearHistory", "tags": ["personal"], "summary": "Clear the whole history",
          "parameters": [{"$ref": "#/components/parameters/User"}],
          "responses": {"204": {"description": "Cleared"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/users/{user}/history/{id}": {
        "delete": {"operationId": "forgetReading", "tags": ["personal"], "summary": "Forget one document of the history",
          "parameters": [{"$ref": "#/components/parameters/User"}, {"$ref": "#/components/parameters/DocumentID"}],
          "responses": {"204": {"description": "Forgotten"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/admin/documents": {
        "get": {"operationId": "adminListDocuments", "tags": ["admin"], "summary": "All documents, drafts and trash included, 30 a page (editors and admins)",
          "parameters": [
            {"name": "state", "in": "query", "allowEmptyValue": true, "schema": {"type": "string", "enum": ["published", "draft", "trashed"]}},
            {"name": "c", "in": "query", "description": "Category id", "allowEmptyValue": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}},
            {"name": "q", "in": "query", "description": "Words of the title", "allowEmptyValue": true, "schema": {"type": "string", "maxLength": 200, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"}},
            {"$ref": "#/components/parameters/ListPage"}
          ],
          "responses": {"200": {"description": "A page of documents", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AdminDocumentPage"}}},
            "links": {"GetDocument": {"operationId": "getDocument", "parameters": {"id": "$response.body#/documents/0/document/id"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/PageNotFound"}}},
        "post": {"operationId": "createDocument", "tags": ["admin"], "summary": "Publish a new document, or save it as a draft",
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Draft"}}}},
          "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Created"}}},
            "links": {"GetDocument": {"operationId": "getDocument", "parameters": {"id": "$response.body#/id"}}, "UpdateDocument": {"operationId": "updateDocument", "parameters": {"id": "$response.body#/id"}}, "TrashDocument": {"operationId": "trashDocument", "parameters": {"id": "$response.body#/id"}}, "ReadDocument": {"operationId": "readDocument", "parameters": {"id": "$response.body#/id"}}, "AddFavorite": {"operationId": "addFavorite", "parameters": {"user": "me", "id": "$response.body#/id"}}, "ForgetReading": {"operationId": "forgetReading", "parameters": {"user": "me", "id": "$response.body#/id"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "409": {"$ref": "#/components/responses/Conflict"}}}
      },
      "/admin/documents/{id}": {
        "get": {"operationId": "getDocument", "tags": ["admin"], "summary": "A document as the editor holds it, its body as Markdown",
          "parameters": [{"$ref": "#/components/parameters/DocumentID"}],
          "responses": {"200": {"description": "The document", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EditableDocument"}}}},
            "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/NotFound"}}},
        "put": {"operationId": "updateDocument", "tags": ["admin"], "summary": "Replace the title, body, category, tags and status",
          "parameters": [{"$ref": "#/components/parameters/DocumentID"}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Draft"}}}},
          "responses": {"204": {"description": "Saved"}, "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/NotFound"}, "409": {"$ref": "#/components/responses/Conflict"}}},
        "delete": {"operationId": "deleteDocument", "tags": ["admin"], "summary": "Delete a document that is in the trash, for good",
          "parameters": [{"$ref": "#/components/parameters/DocumentID"}],
          "responses": {"204": {"description": "Deleted"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/admin/documents/{id}/trash": {
        "post": {"operationId": "trashDocument", "tags": ["admin"], "summary": "Move a document to the trash",
          "parameters": [{"$ref": "#/components/parameters/DocumentID"}],
          "responses": {"204": {"description": "In the trash", "links": {"RestoreDocument": {"operationId": "restoreDocument", "parameters": {"id": "$request.path.id"}}, "DeleteDocument": {"operationId": "deleteDocument", "parameters": {"id": "$request.path.id"}}, "GetDocument": {"operationId": "getDocument", "parameters": {"id": "$request.path.id"}}}}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/admin/documents/{id}/restore": {
        "post": {"operationId": "restoreDocument", "tags": ["admin"], "summary": "Bring a document back from the trash as it was",
          "parameters": [{"$ref": "#/components/parameters/DocumentID"}],
          "responses": {"204": {"description": "Restored", "links": {"GetDocument": {"operationId": "getDocument", "parameters": {"id": "$request.path.id"}}, "ReadDocument": {"operationId": "readDocument", "parameters": {"id": "$request.path.id"}}}}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/admin/imports": {
        "post": {"operationId": "importFile", "tags": ["admin"], "summary": "Import a file of any format `guanshan import` reads (at most 20 MB)",
          "requestBody": {"required": true, "content": {"multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
            "file": {"type": "string", "contentMediaType": "application/octet-stream"},
            "category": {"type": "string"},
            "status": {"type": "string", "enum": ["published", "draft"]}}}}}},
          "responses": {"200": {"description": "What was imported, skipped as a duplicate, or refused", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportResult"}}},
            "links": {"GetDocument": {"operationId": "getDocument", "parameters": {"id": "$response.body#/imported/0/id"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "413": {"$ref": "#/components/responses/TooLarge"},
            "422": {"description": "Nothing could be imported", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportResult"}}}}}}
      },
      "/admin/categories": {
        "get": {"operationId": "adminListCategories", "tags": ["admin"], "summary": "All categories",
          "responses": {"200": {"description": "Categories", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/AdminCategory"}}}}},
            "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"}}},
        "post": {"operationId": "createCategory", "tags": ["admin"], "summary": "Create a category",
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CategoryInput"}}}},
          "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AdminCategory"}}},
            "links": {"UpdateCategory": {"operationId": "updateCategory", "parameters": {"id": "$response.body#/id"}}, "DeleteCategory": {"operationId": "deleteCategory", "parameters": {"id": "$response.body#/id"}}, "ListDocuments": {"operationId": "listDocuments", "parameters": {"category": "$response.body#/slug"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "409": {"$ref": "#/components/responses/Conflict"}}}
      },
      "/admin/categories/{id}": {
        "put": {"operationId": "updateCategory", "tags": ["admin"], "summary": "Rename a category or change its slug",
          "parameters": [{"$ref": "#/components/parameters/CategoryID"}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CategoryInput"}}}},
          "responses": {"204": {"description": "Saved"}, "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/NotFound"}, "409": {"$ref": "#/components/responses/Conflict"}}},
        "delete": {"operationId": "deleteCategory", "tags": ["admin"], "summary": "Delete a category; its documents stay, without a category",
          "parameters": [{"$ref": "#/components/parameters/CategoryID"}],
          "responses": {"204": {"description": "Deleted"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/admin/tags": {
        "get": {"operationId": "listTags", "tags": ["admin"], "summary": "All tags with their documents",
          "responses": {"200": {"description": "Tags", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}}},
            "links": {"RenameTag": {"operationId": "renameTag", "parameters": {"name": "$response.body#/0/name"}}, "DeleteTag": {"operationId": "deleteTag", "parameters": {"name": "$response.body#/0/name"}}, "ListDocuments": {"operationId": "listDocuments", "parameters": {"tag": "$response.body#/0/name"}}}},
            "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"}}}
      },
      "/admin/tags/{name}": {
        "put": {"operationId": "renameTag", "tags": ["admin"], "summary": "Rename a tag; renaming it to another tag's name merges the two",
          "parameters": [{"$ref": "#/components/parameters/TagName"}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TagRename"}}}},
          "responses": {"204": {"description": "Renamed"}, "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/NotFound"}}},
        "delete": {"operationId": "deleteTag", "tags": ["admin"], "summary": "Remove a tag from every document",
          "parameters": [{"$ref": "#/components/parameters/TagName"}],
          "responses": {"204": {"description": "Deleted"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/admin/dashboard": {
        "get": {"operationId": "getDashboard", "tags": ["admin"], "summary": "Counts, views per day over 30 days, the most read, recent imports",
          "responses": {"200": {"description": "The dashboard", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Dashboard"}}}},
            "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"}}}
      },
      "/admin/users": {
        "get": {"operationId": "listUsers", "tags": ["admin"], "summary": "Accounts (admins only)",
          "parameters": [{"$ref": "#/components/parameters/ListPage"}],
          "responses": {"200": {"description": "A page of accounts", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UserPage"}}},
            "links": {"UpdateUser": {"operationId": "updateUser", "parameters": {"id": "$response.body#/users/0/id"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/PageNotFound"}}}
      },
      "/admin/security-events": {
        "get": {"operationId": "listSecurityEvents", "tags": ["admin"], "summary": "The security log, newest first, 50 a page (admins only)",
          "description": "Sign-ins and failures, slowing down, account, role and token changes, settings, imports and deletions. Never a password, token or session secret.",
          "parameters": [
            {"name": "kind", "in": "query", "allowEmptyValue": true, "schema": {"type": "string", "enum": \#(list(SecurityEventKind.allCases.map(\.rawValue)))}},
            {"name": "who", "in": "query", "description": "Part of an account name or a client address", "allowEmptyValue": true, "schema": {"type": "string", "maxLength": 200, "pattern": "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"}},
            {"name": "from", "in": "query", "description": "The first day, in the site's time zone (0001-01-01 to 9999-12-31)", "allowEmptyValue": true, "schema": {"type": "string", "format": "date"}},
            {"name": "to", "in": "query", "description": "The last day, included", "allowEmptyValue": true, "schema": {"type": "string", "format": "date"}},
            {"$ref": "#/components/parameters/ListPage"}
          ],
          "responses": {"200": {"description": "A page of events", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SecurityEventPage"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/admin/users/{id}": {
        "patch": {"operationId": "updateUser", "tags": ["admin"], "summary": "Change a role or disable an account (admins only; never their own, never the last admin)",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UserUpdate"}}}},
          "responses": {"204": {"description": "Saved"}, "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/admin/review": {
        "get": {"operationId": "reviewQueue", "tags": ["admin"], "summary": "Readers' documents waiting for review (or, with state=published, published), newest first, with why the checks held each",
          "parameters": [{"$ref": "#/components/parameters/ListPage"},
            {"name": "state", "in": "query", "schema": {"enum": ["pending", "published"], "default": "pending"}}],
          "responses": {"200": {"description": "A page of the queue", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ReviewQueue"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/PageNotFound"}}}
      },
      "/admin/comments": {
        "get": {"operationId": "commentQueue", "tags": ["admin"], "summary": "Comments in one state on every document (waiting by default), newest first, 50 a page",
          "parameters": [{"$ref": "#/components/parameters/ListPage"},
            {"name": "state", "in": "query", "schema": {"enum": ["pending", "published", "hidden"], "default": "pending"}}],
          "responses": {"200": {"description": "A page of comments", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CommentQueue"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/PageNotFound"}}}
      },
      "/admin/comments/decisions": {
        "post": {"operationId": "decideComments", "tags": ["admin"], "summary": "Publish, hide or delete comments; a reply published tells the author of the comment it answers",
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["decision", "ids"], "properties": {
            "decision": {"enum": ["publish", "hide", "delete"]},
            "ids": {"type": "array", "maxItems": 500, "items": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}}}}}}},
          "responses": {"200": {"description": "How many changed", "content": {"application/json": {"schema": {"type": "object", "required": ["changed"], "properties": {"changed": {"type": "integer"}}}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}}}
      },
      "/admin/copyright-notices": {
        "get": {"operationId": "copyrightNotices", "tags": ["admin"], "summary": "Copyright notices received, newest first; open=1 for those not dealt with only",
          "parameters": [{"$ref": "#/components/parameters/ListPage"}, {"name": "open", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 1}}],
          "responses": {"200": {"description": "A page of notices", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CopyrightNoticePage"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/PageNotFound"}}}
      },
      "/admin/copyright-notices/{id}/handled": {
        "post": {"operationId": "handleCopyrightNotice", "tags": ["admin"], "summary": "Mark a notice dealt with",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}}],
          "responses": {"204": {"description": "Marked (or it was already)"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/admin/takedowns": {
        "get": {"operationId": "takedowns", "tags": ["admin"], "summary": "The records of takedowns, newest first, 50 a page: a reader's upload of the very same text is refused, one close to it refused or held",
          "parameters": [{"$ref": "#/components/parameters/ListPage"}],
          "responses": {"200": {"description": "A page of records", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/TakedownPage"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/PageNotFound"}}}
      },
      "/admin/takedowns/{id}": {
        "delete": {"operationId": "deleteTakedown", "tags": ["admin"], "summary": "Delete a takedown record, so that its text may be shared again",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}}],
          "responses": {"204": {"description": "Deleted"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/admin/reports": {
        "get": {"operationId": "reportQueue", "tags": ["admin"], "summary": "Documents with reports not dealt with, the latest report first",
          "parameters": [{"$ref": "#/components/parameters/ListPage"}],
          "responses": {"200": {"description": "A page of reported documents", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ReportQueue"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/PageNotFound"}}}
      },
      "/admin/reports/{id}/dismiss": {
        "post": {"operationId": "dismissReports", "tags": ["admin"], "summary": "Close a document's reports: it stays",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}}],
          "responses": {"204": {"description": "Closed"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/admin/reports/{id}/take-down": {
        "post": {"operationId": "takeDownReported", "tags": ["admin"], "summary": "Take a reported document down: a reader's shared document through its review (its uploader told), another to the trash; its reports are closed",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["reason"], "properties": {"reason": {"type": "string", "maxLength": 200}}}}}},
          "responses": {"204": {"description": "Taken down"}, "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/admin/review/decisions": {
        "post": {"operationId": "decideReview", "tags": ["admin"], "summary": "Approve, refuse or take down readers' documents; their uploaders are notified",
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ReviewDecision"}}}},
          "responses": {"200": {"description": "How many were decided (a document not in a state the decision applies to is left alone)", "content": {"application/json": {"schema": {"type": "object", "required": ["decided"], "properties": {"decided": {"type": "integer"}}}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}}}
      },
      "/admin/words/{policy}": {
        "get": {"operationId": "getWordList", "tags": ["admin"], "summary": "A sensitive-word list (admins only)",
          "parameters": [{"name": "policy", "in": "path", "required": true, "schema": {"enum": ["block", "hold", "mask"]},
            "description": "block: searches holding a word find nothing, names holding one are refused, pages show it as ＊; hold: for an editor's review; mask: pages show it as ＊"}],
          "responses": {"200": {"description": "The list", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WordList"}}}},
            "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/NotFound"}}},
        "put": {"operationId": "replaceWordList", "tags": ["admin"], "summary": "Replace a sensitive-word list (admins only); every node applies it within a second",
          "parameters": [{"name": "policy", "in": "path", "required": true, "schema": {"enum": ["block", "hold", "mask"]},
            "description": "block: searches holding a word find nothing, names holding one are refused, pages show it as ＊; hold: for an editor's review; mask: pages show it as ＊"}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WordList"}}}},
          "responses": {"200": {"description": "The list as saved", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WordList"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/admin/users/{id}/bans/{scope}": {
        "put": {"operationId": "banUser", "tags": ["admin"], "summary": "Ban an account from sharing documents, commenting or signing in, for 1, 7 or 30 days or for good (admins only; never an admin or oneself). A sign-in ban ends its sessions and revokes its tokens",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}},
            {"name": "scope", "in": "path", "required": true, "schema": {"enum": ["upload", "comment", "sign-in"]}}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BanRequest"}}}},
          "responses": {"204": {"description": "Banned; the security log keeps it"}, "400": {"$ref": "#/components/responses/BadRequest"},
            "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
            "404": {"$ref": "#/components/responses/NotFound"}}},
        "delete": {"operationId": "unbanUser", "tags": ["admin"], "summary": "Lift an account's ban (admins only)",
          "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 999999999999999999}},
            {"name": "scope", "in": "path", "required": true, "schema": {"enum": ["upload", "comment", "sign-in"]}}],
          "responses": {"204": {"description": "Lifted, or there was none"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}, "404": {"$ref": "#/components/responses/NotFound"}}}
      },
      "/admin/settings": {
        "get": {"operationId": "getSettings", "tags": ["admin"], "summary": "Site settings (admins only)",
          "responses": {"200": {"description": "The settings", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Settings"}}}},
            "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"}}},
        "put": {"operationId": "saveSettings", "tags": ["admin"], "summary": "Save site settings; after a new page budget or reading speed, every document is laid out again in the background (the admin settings page shows the progress)",
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Settings"}}}},
          "responses": {"200": {"description": "The settings as saved", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Settings"}}}},
            "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"},
            "403": {"$ref": "#/components/responses/Forbidden"}}}
      }
    }
    """#
    }
}
