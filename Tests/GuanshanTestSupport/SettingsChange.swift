import GuanshanLibrary

extension Library {
    /// Saves the settings as the admin's form does, with `change` made to the ones in force.
    public func changeSettings(_ change: (inout SettingsForm) -> Void) async throws {
        var form = SettingsForm(try await settings())
        change(&form)
        try await editorial.saveSettings(form, by: nil)
    }
}
