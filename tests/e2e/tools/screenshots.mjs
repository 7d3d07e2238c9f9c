import {startServer, launchBrowser, openApp, click, findItem, settle} from './harness.mjs';
const server = await startServer(); const browser = await launchBrowser();
for (const [w,h,dpr,name] of [[1280,800,1,'desktop'],[390,844,2,'phone']]) {
  const {context, page, log} = await openApp(browser, server, {width:w,height:h,dpr});
  await page.screenshot({path:`/tmp/${name}-1welcome.png`});
  await click(page,'Start full assessment'); await settle(page);
  await page.screenshot({path:`/tmp/${name}-2profile.png`});
  await click(page,'Questions'); await settle(page);
  await page.screenshot({path:`/tmp/${name}-3questions.png`});
  await click(page,'Try a sample').catch(()=>{});
  await click(page,'Results'); await settle(page);
  await page.screenshot({path:`/tmp/${name}-4results.png`});
  await click(page,'Roadmap'); await settle(page);
  await page.screenshot({path:`/tmp/${name}-5roadmap.png`});
  console.log(name, log.consoleErrors, log.pageErrors);
  await context.close();
}
await browser.close(); await server.close();
