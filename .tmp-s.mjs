import { htmlToHast } from 'satteri';
const t = htmlToHast('<svg xmlns="http://www.w3.org/2000/svg">\n<a xlink:href="javascript:x"><circle onload="x"/></a>\n<sCript>alert(1)</sCript><foreignObject><div>x</div></foreignObject><animate attributeName="href" values="javascript:x"/><image href="https://evil/x.png"/><style>@import url(https://x)</style></svg>', { fragment: true, space: 'svg' });
console.log(JSON.stringify(t, null, 0).slice(0, 1500));
