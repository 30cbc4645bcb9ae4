// Fixed addresses linked from the portal and the public site; plain data, usable in the browser too.

/** The provincial government's website, linked from every page. */
export const PEMPROV_URL = "https://jatimprov.go.id";
