// The glue finds the canvas here (a file, not inline: the benchmark serves the
// page under the site's Content-Security-Policy).
var Module = {canvas: document.getElementById("canvas")};
