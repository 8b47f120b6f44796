const {Cite} = require('@citation-js/core');
require('@citation-js/plugin-csl');
const mk=(i)=>({id:'sc-org-'+i, type:'webpage', title:'Fixture Rapid Response '+i, author:[{literal:'Fixture Rapid Response'}], 'container-title':'Sanctuary Commons', issued:{'date-parts':[[2026,11,2]]}, URL:'https://x.org/'+i, version:'abc1234'});
for (const tpl of ['apa','harvard1']) for (let round=0;round<3;round++){ let t=Date.now(); for(let i=0;i<300;i++){ new Cite(mk(i)).format('bibliography',{format:'text',template:tpl,lang:'en-US',nosort:true});} console.log(tpl,round,(Date.now()-t)/300);}
