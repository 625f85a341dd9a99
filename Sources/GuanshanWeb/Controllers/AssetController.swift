import Hummingbird

/// The stylesheet, under a name with its hash so browsers may keep it for a year; the health check; and
/// the script that configures Google Analytics on a site that uses it.
struct AssetController {
    typealias Context = SiteRequestContext

    func addRoutes(to router: Router<Context>) {
        router.get("/assets/:file") { request, context -> Response in
            guard context.parameters.get("file") == "site-\(Stylesheet.version).css" else { throw HTTPError(.notFound) }
            return Stylesheet.representation.response(to: request)
        }
        router.get("/healthz") { _, _ -> String in "ok" }
        router.get("/analytics.js") { request, context -> Response in
            let analytics = context.settings.analytics
            guard analytics.service == .google else { throw HTTPError(.notFound) }
            return Representation(
                Self.googleBootstrap(id: analytics.id), contentType: "text/javascript; charset=utf-8", cacheControl: "public, no-cache",
                lastModified: context.siteChanged
            ).response(to: request)
        }
    }

    /// Google's gtag.js configured for the measurement ID, as Google's snippet does it inline: served from
    /// this site, so that the pages run no inline script. The ID is `G-` and capitals and digits only
    /// (`Analytics.isID`).
    static func googleBootstrap(id: String) -> String {
        "window.dataLayer = window.dataLayer || [];\nfunction gtag() { dataLayer.push(arguments); }\n"
            + "gtag('js', new Date());\ngtag('config', '\(id)');\n"
    }
}
