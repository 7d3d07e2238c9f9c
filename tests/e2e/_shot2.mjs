import {startServer, launchBrowser, openApp, click, findItem, settle} from './harness.mjs';
const server = await startServer(); const browser = await launchBrowser();
for (const [w,h,dpr,name] of [[1280,800,1,'desktop'],[390,844,2,'phone']]) {
  const {context, page, log} = await openApp(browser, server, {width:w,height:h,dpr});
  await click(page,'Try a sample'); await settle(page);
  await page.screenshot({path:`/tmp/${name}-6sample-results.png`});
  await page.mouse.move(w/2, h/2); await page.mouse.wheel(0, 700); await settle(page);
  await page.screenshot({path:`/tmp/${name}-7sample-results-scrolled.png`});
  await click(page,'Roadmap'); await settle(page);
  await page.screenshot({path:`/tmp/${name}-8sample-roadmap.png`});
  await click(page,'Dark theme'); await settle(page);
  await click(page,'Questions'); await settle(page);
  await page.screenshot({path:`/tmp/${name}-9dark-questions.png`});
  console.log(name, log.consoleErrors, log.pageErrors);
  await context.close();
}
await browser.close(); await server.close();
