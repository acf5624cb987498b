/// Strings that try to break out of where a page puts them: out of an attribute value, out of
/// text, out of `<title>` or `<textarea>`, into a link, or into a character reference. Every page
/// is rendered with every string field set to each of them (the hostile-content tests).
public enum HostilePayloads {
    public static let all: [String] = [
        #""><i id=pwn></i>"#,
        #"' onfocus='alert(1)' autofocus='"#,
        #"" onfocus="alert(1)" autofocus=""#,
        "</title><script>alert(1)</script>",
        "</textarea><i id=pwn></i>",
        #"<meta http-equiv="refresh" content="0;url=https://evil.example/">"#,
        #""><meta http-equiv="refresh" content="0;url=https://evil.example/">"#,
        "javascript:alert(1)",
        "&amp; &lt;i&gt; &#60;b&#62; &quot;",
        "<!-- --><i id=pwn>",
        "<![CDATA[<i id=pwn>]]>",
        "\u{0}\u{1}x\u{7F}\u{2028}é 🚸",
    ]

    /// The payloads a browser test can put in a URL or a form as they are.
    public static let printable: [String] = all.filter { !$0.unicodeScalars.contains { $0.value < 0x20 } }

    /// Names an injected element or attribute would carry.
    public static let markers = ["pwn", "onfocus", "autofocus", "http-equiv", "script"]
}
