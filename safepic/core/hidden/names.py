"""Given names and family names, for spotting a person's name in a file name.

Generated once from the person-name lists of the Faker package, version 40.63.0 (locales
en_US, en_GB, en_IE, en_IN, en_NZ, en_NG, de_DE, fr_FR, es_ES, es_MX, it_IT, nl_NL, pl_PL,
pt_BR, pt_PT, sv_SE, da_DK, no_NO, fi_FI, tr_TR, cs_CZ, ro_RO, hu_HU): lower-cased, letters
only, 3 to 14 letters long. Data only. Faker's licence:

    Copyright (c) 2012 Daniele Faraglia

    Permission is hereby granted, free of charge, to any person obtaining a copy
    of this software and associated documentation files (the "Software"), to deal
    in the Software without restriction, including without limitation the rights
    to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
    copies of the Software, and to permit persons to whom the Software is
    furnished to do so, subject to the following conditions:

    The above copyright notice and this permission notice shall be included in
    all copies or substantial portions of the Software.

    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
    IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
    FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
    AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
    LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
    OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
    THE SOFTWARE.
"""

GIVEN_NAMES = frozenset(
    """
aachal aada aadhya aadi aage aahana aaliyah aapo aarav aarini aarna aarnav aarne aaro aaron
aarush aarón aashi aatos aayush abbas abbey abbi abbie abby abdi abdirahman abdiş abdul
abdulbekir abdulgazi abdulkadir abdullah abdullahi abdulmenaf abdulsemet abdurrahman abdülahat
abdülcemal abdülhadi abdülkerim abdülsamed abdürreşit abeer abel abelardo abelone abha abhimanyu
abhiram abid abigail abigaíl abilio abiye abraham abram abril abuzar acar acarkan achille achim
aclan ada adak adal adalbert adalberto adam adamo adasal addison adela adelaida adelardo
adelasia adelbert adele adelgunde adelheid adelia adelin adelina adelinde adeline adelmo adem
adi adila adina aditya adlan adnan adolf adolfine adolfo adonis adora adoración adrian adriana
adriane adrianna adriano adrien adrienn adrienne adrián advaith advay advik advika adviye adweta
adya adán adèle adéla adélaïde adıgün aedan aenne afer afife afonso agapito agastya agata agatha
agathe aglaia agne agnes agneta agnete agnieszka agnolo agnos agnès agostino agripina agustina
agustín agáta ahat ahmad ahmed ahmet ahsen ahter ahti aida aidan aideen aiden aila aileen aili
ailis aimee aimo aimé aimée aina ainara aine aino ainoa airi aisha aishani aisling aislinn
aitana aitor akalan akar akatay akay akbaş akboğa akcivan akdora akdurmuş akgöl akgüneş aki akif
akise akkerman akmaner akmaral aksay aksel akseli akshay aksoy aksöğüt aktemür akver akyıldız
akçabay akçasu aköz akınal alaaddin alabezek alaeddin alain alan alana alanalp alanis alanna
alannah alastair alattin alaz alba alban albano alberico albert alberta alberte albertina
albertine alberto albin albina albino albrecht alcan alcides alderano aldo aldonza ale alec
aleisha alejandra alejandro alejo aleks aleksandar aleksander aleksandr aleksandra aleksanteri
aleksej aleksi alena aleodor alessandra alessandro alessia alessio alex alexa alexander alexandr
alexandra alexandre alexandria alexandrie alexandrina alexandros alexandru alexe alexei alexej
alexia alexis aleš alf alfio alfons alfonso alfred alfredo algot algış ali aliabbas alice alicia
alicja alida aliihsan alin alina aline alis alisa aliseydi alisha alison alistair alistar
alister alix alize alka alkor alla allan allana allegra allen allison alma almast almudena almus
almut almuth alois aloisia alondra alonso aloys alparslan alpcan alphons alphonse alpin alpsü
alsoy altoğan altuğ altınbike altınkaya altınçiçek altınışın alva alvar alvaro alve alvin alwin
alwina alwine alyssa alícia alışık alžběta amada amadeo amadeus amado amador amaia amaira amalia
amalie amancio amanda amando amara amarilis amaro amaya amaç amber ambrosio amedeo amedeu amelia
amelie amico amie amin amina amir amira amleto amol amor amparo amre amrita amruta amy amza
amélia amélie américa américo amílcar ana anabel anabela anacleto anahera anaida anamaria
anamika anargül anaru anas anastasia anastasie anastasio anastasios anastazja anastázie anatol
anatoli anatolie anatolij anay anaïs anca ancuța anda anders andiç andor andra andrada andre
andrea andreas andree andreea andrei andreia andrej andres andrew andrey andrian andrzej andrás
andré andréas andrée andrés andy anděla ane anel anemona aneta anett anette anežka angel angela
angelica angelika angelina angelino angelique angelita angelo anghel anghelina angie angus
angélica ani anica aniela anika anikó anirudh anita anișoara anja anjali anka anke anmol ann
anna annabel annabelle annak annaliese annalisa annalise annamaria annamária anne annedore
annegret annegrete annekatrin anneke annelene anneli annelie annelies anneliese annelise
annelore annemarie annemette annemie annemijn annerose annett annetta annette anni annibale
annica annie anniina annika annikki annita annukka annunziata anny anouk ansaldo anselm anselma
anselmo ansgar ansh anssi antal ante antero anthony antim antje anto antoaneta antoin antoine
antoinette anton antonela antonella antonello antoni antonia antonie antonietta antonina
antonino antonio antonios antoniu antonius antony antonín antti antónio antônio anu anunciación
anusha anuța anvi anya aníbal aodhan aoibheann aoibhin aoibhinn aoife apaydın apolena apolinar
apollo apollonia apolonia apostolos april arabella araceli aradhana aral aran aranka arcan
arcelia archer archie argu ari aria ariadna arian ariana ariane arianne aribert arie ariel arif
arifcan ariki arild arin arina aristide aristides aristița arja arjun arkadiusz arkut arlo
armahan armando armas armida armin arnaldo arnaude arnd arndt arne arnfried arnim arno arnold
arnošt arnulf arnulfo aroa aroha aron arpağ arran arron arsenie arsenio artan artemio artemisa
arthur arto arttu artturi artur arturo aru arunima arvid arvo arya aryan arziye arzu aránzazu
arıel arıkol arıpınar arısoy asafe asalet asbjørn ascensión asdrubal asger asher ashlee ashleigh
ashlene ashley ashling ashton asiman asko aslanhan asliye assar asta aston astrid asu asunción
asım ataahua atagün atalay atanur atasagun atatöre atena atenulf atgun athanasios atharv ati
atilhan atilio atiyye atnan atte attila atılgan aud audrey august augusta auguste augustin
augustina augusto aukusti aulikki aulis aune aura aurel aurelia aurelian aureliana aureliano
aurelio aurica aurică aurora aurore aurélie austin autumn ava avi avni avram avunç avşin awhina
axel axenia axinte aya ayaan ayasun ayaydın aybet aybora aycagül aydar ayden aydinç ayduru
aydınbey ayesha aygutalp aygönenç ayhan aykut aykutalp ayla aylil aylin aylla aynilhayat aynur
aynımah ayoub aypar ayse aysel aysema aysevim aysoy aysuna aytek ayten aytuna aytöz ayush
ayushman ayvas ayyaruk ayçan ayülker ayşan ayşeana ayşenur azaan azad azade azahar azahara
azeglio azeneth azettin aziz azize azra azucena açıkel açılay ağakişi ağbegim ağmur aşhan aşir
baba babett babette baccio bachittar badegül baghyawati bahaddin bahadurjit bahittin bahtinur
bailey bailie bakhshi baki balatekin balca baldassare baldomero balduino baldur balendra balhaar
bali baljiwan ballı baltasar baltaş balthasar balvan balveer balázs banjeet banü baptist barak
barbara barbora barbro barbu bariş barkha barna barnabás barry barsen bart bartek bartholomäus
bartolomeo bartolomeu bartolomé barışcan bas basarab basilio basriye bastiaan bastian basım
baturay batırhan baudelio bautista baydu baykan bayman bayram bayruhan baytal bayzettin bağdat
bağdaş başay başhan başok beata beate beatrice beatrix beatriz beau beauden bebe becky bedi
bediriye bedri bedřich begim begoña behiza behrem bekbay bekir bektaşi bela belen belgizar
belinda belkize bella bellisan belén ben bence bendegúz benedek benedetto benedicte benedikt
benedikte benedita benek bengibay bengt beniamin benice benicio benigna benigno benita benito
benjamim benjamin benjamín benjámin benn benno benny benol benone benoît bent bente benthe bento
benvenuto benício beppe berat beray beren berend berenice bergen berit beriye berkal berki
berksay bernabé bernadett bernadette bernard bernarda bernardino bernardita bernardo bernd
berndt bernfried bernhard bernhardine bernt bernward berran berrin bert berta bertalan bertha
berthold bertil berto bertold bertram bertrand besey besin beste beth bethan bethany betina
betti bettina betty bevan beverley beverly beyda beyhatun beyler beyzade bezek beáta bhanumati
bhavani bhavika bhavini bhavna bhavya biagio bianca bianka bibi bibiana bican bidayet bienvenida
bilal bilay bilender bilgen bilginur bilgütay bilkay bill billie billy biltaş bimala bina binay
binbaşar binışık birben birger birgid birgit birgitt birgitta birgitte birgül birsan birsen
birte birthe bishakha bitten bitül bişar bjarne bjorn björn bjørg bjørn blahoslav blaine blair
blake blanaid blanca blanduzia blanka blas blažena blessing boaz bob bobby bodhi bodil bodo boe
boel bogdan bogdana boglárka bohumil bohumila bohumír bohuslav boleslav bonifacio bonnie borahan
borataş borbála boris borja borris borys botond boynak bozbağ bozena bozerk boztaş boğatimur
bořivoj božena brad bradley brady bram brandi brandon brandy branka branko braxton brayan
brayden breandan breanna brenda brendan brendon breno brent brett brian briana brianna bridget
brigid brigitta brigitte brijesh brinda brit brita britney britt britta brittany brittney brodie
brogan bronach bronagh bronwyn brooke brooklyn bror bruce bruna brunhild brunhilde bruni
brunilda bruno bryan bryce bryony brândușa brígida brăduț bucur buenaventura buhari bulunç
burakhan burckhard burcuhan burghard burkard burkhard burkhardt burç buyrukhan buşra bálint
bárbara bärbel béla börje börteçin bøje børge büget bünyamün büreyre büşranur bănel błażej
břetislav cabir caetana cahal cahir cailin cailum caio caitlin caitlyn caitriona caius cajsa cal
calcedonio caleb calebe calista calisto calixta calixto callan callum calogero calum calvin
camelia cameron camil camila camilla camille camillo camilo campbell canal canan canberk candace
candela candelaria candelario candelas candeniz candice canfeza cangür cannur canseven cansin
cantemir cantez canur caoilfhionn caoimhe caoimhin caolain caolan caomhan capucine cara caragh
caren caridad carin carina carita carl carla carlijn carlito carlo carlos carlota carly carmel
carmela carmelita carmelo carmen carmina carmine carminho carol carola carole carolin carolina
caroline carolyn carrie carsten carter cas casandra casemiro casey casian casiana casper
cassandra cassidy cassie catalina catarina caterina cathal catharina catherine cathleen cathrin
cathrine cathy catinca cato catrin catrina catrine catrinel catriona cauã cauê cavit cayetana
cayetano cazimir ceara cebesoy cebrián cecilia cecilie cecilio cecília cedide cedrin ceferino
celal celestina celestino celia celilay celine celso cemal cemalettin cemil cemiyle cenan cengiz
centa cerasela cercis cesar cesare cetin cevale cevheri ceyhun ceylin cezar cezara cezary
cezayir chaaya chad chaitaly chaitanya chakradev chakradhar chakrika chaman chameli champak
chanakya chanchal chandani chandran chandresh chantal chantel chantelle charan charis charita
charity charlene charles charlie charlott charlotta charlotte charo charvi chase chasmum
chatresh chatura chavvi che chelo chelsea chelsey chema cherie cherith cheryl cheyenne chiara
chita chloe chloé chloë chris christa christel christelle christer christian christiana
christiane christie christin christina christine christl christof christofer christoffer
christoph christophe christopher christos christy chucho chus chuy cianan ciara ciaran ciarrai
cihan cihandide cilli cillian cilly cindoruk cindy cintia ciprian cipriana cipriano ciriaco
cirillo cirino cirkeline ciro ciríaco citlali claas claes claire clara clare clarence clarice
clarisa clarissa clark clas claude claudia claudine claudio claudiu claudius claus clavs clayton
clelia clemens clemente clementina cleopatra cleto clifford clinton cliodhna cliona clive
clodagh cloe clotilde cláudio cläre clémence clímaco codie codin codrin codrina codruț codruța
cody cohen cole colette colin colleen collette collin colm colton coluccio colum comfort conal
conall conan concepción concetta concha conchita conchur conn connie connor conny conor conrad
conrado constance constantin constantina constanza constanze constança constanța consuela
consuelo cooper cora coral coralia cord cordula corey corina corinna corinne coriolano cormac
cornel cornelia cornelio cornelis corneliu cornelius corona corrado corrie cortney corvin cory
cosima cosimo cosme cosmin cosmina costache costantino costanzo costel costin courteney courtney
coşkun craig crenguța crescencia crin crina cristal cristea cristian cristiano cristina
cristobal cristofor cristóbal cruz crystal csaba csilla csongor ctibor ctirad cuheyna cuman
curro curt curtis custodia custodio cynthia cyprian czeslaw cándida cándido cäcilia cäcilie
cécile célina céline césar cüneyit călin cătălin cătălina daan dacian daciana dafina dafne dag
dagmar dagmara dagny dagobert daiana daire dairine daisy dajana dakota daksh daksha dakshesh
dalaja dalan dalbir dale dalia dalibor dalila dalkılıç dalton damaris damian damiano damien
damini damián damlanur damon damyanti dan dana dani danica daniel daniela daniele daniella
danielle danilo danique daniël danny dante danuta danuše danış daphne dara darcy daria dariana
darika darin dario darius dariusz darko darlene darpan darragh darrell darren darrin darryl
darryn darsh daryl darío dave davi david dawid dawn dayamai dayar dayita dayna dağistan deaglan
dean deane deanna dearbhail dearbhaile dearbhla debbie deborah debra decebal declan deepa deha
deirbhile del delfina delfino delia delil demetra demetrio demi demirbüken demiriz demirok
demiryürek denis denisa denise deniz denizalp denkel dennis denny derek derkay dermot derrick
dervla deryanur desiderio desiree desirée desmond despina destiny detlef detlev dev devansh
devika devin deviner devon dewi dex dezső değer değmeer dhriti dhruv diamond diana diane dianne
diarmuid dick dida didina diedrich diego dierk dieter diethard diethelm diether dietlind
dietlinde dietmar dietrich diken dilara dilcan dilder dilfeza dilhuş dillon dilsitan dilşat
dimas dimitri dimitrina dimitrios dina dincer dinis dino dinu dinçkol dinçsü diogo dion dionigi
dionisia dionisio dionne dipta dirican dirk dirlik dita ditmar ditte dittmar divan divya diya
diána dobroslav dochia dogan doina dolores dolun dom domenico domhnall dominga domingo dominic
dominik dominika dominique domitila domnica don donal donald donata donatella donatello donato
donna dora doreen dorel dorian doriana dorin dorina dorinel doris dorit dorita dorle dorli
dorota dorotea dorothe dorothea dorothee dorothy dorothée dorottya dorte dorthe doru dorukhan
douglas doğanalp doğannur doğanşah doğuhan draga dragan dragica drago dragoș drahomíra drahoslav
drahoslava drew duane duarte ducu duha duilio dulce dumitra dumitrana dumitru duncan dunja
duracan durante durdali durgadin durmuşali dursadiye dursun duruk duruöz dusan dustin duuk
duyguhan dušan dwayne dylan dylano dániel dávid débora dénes dóra dölensoy döner dörte dörthe
dündaralp dürrüşehvar eadaoin eamon eamonn earl eba ebba ebbe eberhard eberhardt ebony ebuakil
ecaterina ecegül ecemiş eckard eckart eckehard eckhard eckhardt eckhart ecrin edaviye edda eddie
edel edelbert edelgard edelmira edelmiro edeltraud edeltraut edeltrud eden edgar edgardo edgübay
edhitha edina edit edita edith editha edmond edmund edmundo edoardo edu eduard eduarda eduardo
edvard edvin edward edwin eelis eemeli eemil eerik eero eesha eetu eeva efe efil eflâtun efraín
efser eftimia eftimie egbert egenur eggert egil egon ehrenfried ehrentraud ehrhard eija eila
eileen eilis eilish eimear eimer eimhear einar einari einer eino eira eiravati eirik eitel
eivind eivor ekaja ekalinga ekani ekansh ekanta ekantika ekapad ekaraj ekaterina ekavir ekbal
ekber ekiya ekkehard ekkehart ekmel ekrem ekta eladio elaine elamiye elba eleanor eleanora
elemér elena eleni elenore eleonor eleonora eleonore eleuterio elfi elfie elfriede elgin elhan
eli eliana elias elif elifnur eligia eligio eliisa elijah elin elina eline elinor elis elisa
elisabet elisabeta elisabeth elisaveta elise eliseo elisha eliza elizabeth elize eliška elke
ella elladio ellen elli ellie ellinor elliot elliott elly elma elmar elmer elmeri elmo elna
elnur eloah elodia elof eloisa eloise eloy eloá eloísa elpidio elsa elsbeth else elsebeth elsie
elsy elton elvan elvia elvin elvira elvis elvy elwira elzbieta elías elöve elżbieta ema emal
emanoil emanuel emanuela emanuella emanuelly emanuil emelie emelina emer emese emigdio emil
emilia emilian emiliana emiliano emilie emilio emilly emily emin emine emir emirşan emiş emma
emmanuel emmanuelle emmerich emmet emmett emmi emmy emperatriz emrullah emília enar encarna
encarnacion encarnación encarnita enda endre enes enfes engelbert engin enginiz engla enikő
ennio enno enrico enrique ensari ensio enver enya enzio enzo eoghan eoin epifanio eral eraldo
erasmo eraycan erbay erbil ercan ercihan erdal erdemer erdibay erdmute erdogan erdursun erem
eremia erenalp erensoy ergener erginel ergönül ergül ergün erhard erhardt eric erica erich erick
erik erika erin erinçer eriş erkan erkinel erkki erksoy erkılıç erland erling ermanno
ermenegildo ermes ermutlu erna ernest ernestine ernesto ernst ernő erol eroğul ersel erseç ertan
erten ertuncay ertün ervaniye ervin erwin eryk eryn eryıldız erzsébet eröz erşat esa esben
esenbay esengün esentürk eshana esila eskil eskinalp esko esmanperi esmarelda esmee esmeralda
esmée esna esparta espartaco espen esperanza espiridión essi esteban estefanía estela estelle
ester estera esteri esther estrella eszter eta etelka etelvina ethan ethel etta ettore euan
eufemia eufrosina eugen eugene eugenia eugenie eugenio eugène eulalia eunan eusebia eusebio
eusebiu eustaquio eustațiu eutimio eutropio eva evald evamaria evan evangelia evangelina
evangelista evangelos evanghelina evaristo evcimen evde eve evelia evelien eveliina evelin
evelina eveline evelio evelyn evelyne evelína evert evi evie evita evrim evrimer evy ewa ewald
ewan ewelina eyyüp ezequiel ezgin ezgütekin ezio ezra eşim eşref faas fabia fabian fabiana
fabienne fabio fabiola fabián fabiënne fabricio fabrizia fabrizio fadile fadime fadıla fahrullah
fainche faith faize falak falan falguni falk falko fami fanni fanny faqid faraj faras farhan
fariq faris faruk fatigül fatih fatima fatinur fatma fatmanur faustino fausto fay faye fayize
fazul feargal fearghal febe fedde fedele feden federica federico federigo fedor fehim fehmiye
felicia feliciana feliciano felicidad felicitas feline felipa felipe felisa felix felizitas fem
femke fenna fenne fenni ferahdiba ferat feraye ferdi ferdinand ferdinando feremez ferenc fergal
fergus ferhan ferihan ferinaz fermuta fermín fernanda fernando fersan feryas ferzi fetullah
feyha feyruz feyzin feza fiamma fidaye fidel fidela fien fiene fildan filip filipa filipe
filippa filippo filit filiz filofteia filomena finbar finn fintan fiodor fiona fionntan
fionnuala fiorenzo fiorino firdevis fitan fitnat fito fiyaz flavia flavio flaviu flemming
fletcher fleur floare floarea floor floortje flor flora florea florence florencia florencio
florentin florentina florentine florentino florența florian floriana florica florin florina
florinda floris flynn folke folker folkert fortunata fortunato forum frado franca frances
francesca francesco francis francisc francisca francisco franciszek franck franco francoise
franjo frank franka frankie franklin frans františek františka franz franziska françois
françoise fraser frauke frazer fred freddy frede frederic frederick frederico frederik frederike
frederikke frederique fredi fredo fredric fredrik fredrika fredy freia freja freya frida
fridolin frieda friedbert friedemann frieder friedericke friederike friedhelm friedhilde
friedhold friedl friedlinde friedo friedrich frithjof fritz frode frusina fryderyk frédéric
frédérique fulgencio fulvio fuzuli fábio fátima féline félix fügen gabel gabi gabino gabor
gabriel gabriela gabriele gabriella gabrielle gabrielly gaby gael gaetano gagan gail gaja gala
galasso galina galip galo ganga ganiye gareth garima garrett garry gary gaspar gaspare gastone
gastón gaurang gaurangi gaurav gauri gaurika gautam gautami gavin gayathri gaylene gazel geanina
gebhard geert geetika geir gelengül gelsomina gelu gema gemma genaro gencaslan gene geneviève
genoveva gençay gențiana geoffrey georg george georgel georges georgeta georgia georgian
georgiana georgina georgine georgios gerald geraldine geraldo gerard gerardo geray gerd gerda
gerdi gereon gerfried gergely gergő gerhard gerhardt gerhart gerhild gerlind gerlinde german
germana germán gernot gero gerold gerolf geronimo gerrit gert gerta gerti gertraud gertraude
gertraut gertrud gertrude gertrudis gervasio gerwin gerónimo gesa gesche gesine geta geza
ghenadie gheorghe gheorghiță gherghina ghiță giacinto giacobbe giacomo giada giampaolo giampiero
gian giancarlo gianfrancesco gianfranco gianina gianluca gianluigi gianmarco gianna gianni
gianpaolo gianpietro gicu gică giel giesela gijs gil gilbert gilberto gilda giles gilles gillian
gillis gilman gina gino ginyas gioacchino gioachino gioele gioffre gionata giorgia giorgian
giorgiana giorgio giosuè giovanna giovanni girik girindra girish girolamo gisa gisbert gisela
gislinde gitta gitte giulia giuliana giuliano giulietta giulio giuseppe giuseppina giustino giz
gizella glauco glen glenda glenn glenys gloria godofredo goffredo goncafer gonzalo gonçalo gopal
goran gordana gordon gorm gottfrid gottfried gotthard gotthilf gotthold gottlieb gottlob goyo
grace gracia graciana graciano graciela graeme graham grainne grant grayson graziano graziella
grazyna grațian grațiana grațiela greca greco greg greger gregg gregor gregorian gregorio
gregory greta gretchen grete gretel grethe gretl grigore griselda grit gro grzegorz grégoire
gréta guadalupe guarino gudrun gudula guenter guenther guglielmo guido guilherme guillaume
guillermina guillermo guiomar guiseppe gun gunar gunbir gunborg gunda gundel gundhild gundi
gundolf gundula guneet gunhild gunilla gunn gunnar gunnel gunner gunter gunther guntram gunvor
gurli gustaf gustav gustavo gustaw gusti gusztáv guus guusje guy gwendolyn gyda gyula gyöngyi
györgy györgyi győző gábor gérard géza gök gökay gökbudun göken göknur gökperi göksev gökten
gökçe gökçebalan gökçil göli gönen gönül göran görgünay görklü görsev gösta göte götz gözel
gözem gücal gül gülay gülağa gülbani gülbeyan gülbiye gülcegün güldam gülder güldünya gülel
gülenay güler gülev güleğen gülfari gülfeza gülgen gülgüzel gülhisar gülinaz gülkadın güllühan
gülmisal gülnaziye gülper gülsalın gülselin gülsen gülseren gülsevil gülsiye gülsü gülten gülter
gülzadiye gülçe gülözge gülüs gülşa gülşahin gülşeref gümüştekin günar günaydin günden gündüzalp
günebakan güneri güngördü güngören günkurt günsel günser günter günther günver günşen gürarda
gürcüye gürelcem gürsal gürten güverçin güzey güçal güçlüer güçyeter habibe haciali hacile
hadassa hadrey hafıza hagen hailey hajnalka hajo hakan hakikat halenur haley halidun halil
halina haliye haluk hami hamid hamish hamiyet hampus hamsini hamza hana hanbiken hanedan hanife
hanim hanna hannah hannchen hanne hannele hannelore hannes hanni hanno hanns hannu hanny hans
hansgeorg hansjoachim hansjörg hansjürgen hanspeter hansultan haralamb haralambie harald
harbinaz hardik hardy harinakshi harini harish harita hariz harley harm harmony harold haroldo
harper harri harriet harrison harro harry harsh harshil hartmut hartmuth hartwig harvey hasan
hasbek hasgül hasret hassan hasso hatem hatice hatin havali havse hayali hayden haydée hayel
hayleigh hayley hayret hayrünnisa hazel hazine hazrat heather hector hedda hedi hedvig hedvika
hedwig hedy hege heide heidelinde heidelore heidemarie heiderose heidi heidrun heike heikki
heiko heimo heiner heinfried heini heino heinrich heinz heitor hekime hekmet helen helena helene
helfried helga helge heli helinä heliodoro hella helle hellena hellevi hellmut hellmuth helma
helmar helmer helmi helmtrud helmut helmuth heloisa heloísa helvi helén heléne hema hemal hemang
hemangini hemani hemi hendrik henife henna henner henni henning henny henri henric henrieta
henrietta henriette henrik henrike henrikki henrique henry henryk heracleea heraclio herbert
herberto herdis heribert heriberto herlinde herma herman hermann hermanni hermelinda
hermenegildo hermine herminia herminio hernando hernán herrmann herta hertha herwig heva
heyvetullah hezniye hidde hidir hilario hilary hilayda hilda hildburg hilde hildegard hildegart
hildegund hildegunde hilding hilkka hillevi hilma hilmar hiltraud hiltrud hindal hinet hinewai
hinrich hipólito hiral hitesh hiçsönmez hjalmar hjalte hjördis hoani holger hollie holly holm
homero honoré hope horacio horațiu horea horia horst hortense hortensia horymír howard hoşkadem
hredhaan hritik huban hubert hubertine hubertus hudavent hudson hugh hugo hugues huia hulda
humberto hunalp hunor hunter hurican hurşide hussein huzuri hynek håkan håkon håvard héctor
hélène hüda hükümdar hülya hümeyra hürdoğan hürmet hüryaşar hürüyet hüseyin hüsmen hüsnühâl
hıfzullah iacob iain ian iancu ianis iara iasmina iben ibolya ibrahim ibán ica ida idika idun
idık ieremia ignacia ignacio ignacy ignatz ignaz ignazio ignác igor ihaia iida iiris iisakki
ijaya ikbal iker ikshita ilari ilaria ilarie ilarion ildefonso ildiko ildikó ildız ileana ilgı
ilhan ilias ilie ilija ilinca ilja ilka ilkka ilmari ilona ilonka ilse imaran imelda imke immo
imogen imran imre ina inaya indali indi india indie indira indrajit indy ines inez inga ingalill
ingbert inge ingeborg ingeburg ingegerd ingegärd ingela ingelise ingelore ingemar inger
ingetraud ingetraut ingmar ingo ingolf ingrid ingried ingvar inka inken inkeri inmaculada inna
inocencio inocențiu insa inès inés inês ioan ioana ioanina ioannis iolanda ion iona ionel ionela
ionelia ionică ionuț iosefina iosif ippazio ira irena irene iridenta irina irinel iris irja irma
irmela irmeli irmengard irmgard irmhild irmi irmingard irmtraud irmtraut irmtrud irya irén iréne
irıs isa isaac isabel isabela isabell isabella isabelle isabelly isac isadora isaiah isak isaque
isaura isaías ise isha ishaan ishani ishanvi ishita ishwar isidor isidora isidoro isidro isis
isla ismael ismail ismet ismo ismık isobel isolde israel istvan istván itzel itziar iulia iulian
iuliana iuliu iurie iustin iustina iustinian iva ivan ivana ivanka ivar iver iveta ivo ivona
ivonne ivy iván iwan iwo iwona izabela ize işin işıkay işıman işın i̇brahim i̇de i̇diris i̇hsan
i̇kiz i̇klim i̇lalmış i̇lbek i̇ldem i̇ldeş i̇lgi i̇lim i̇lkbahar i̇lkim i̇lklima i̇lmafer i̇lper
i̇lsu i̇lteriş i̇mam i̇mge i̇mren i̇mrihan i̇nançlı i̇ncifir i̇nsaf i̇ntihap i̇rfan i̇sak
i̇slime i̇smet i̇sra i̇vecen i̇yiyürek i̇zel i̇zgü i̇çimbike i̇şcan jaakko jaana jacek jacinta
jacinto jack jackie jackson jaclyn jacob jacobine jacobo jacopo jacqueline jacques jade jadwiga
jafet jagat jagdish jagrati jagvi jai jaime jairaj jake jakob jakub jalmari jalsa jamal james
jamie jan jana janaki janani jane janet janeta janett janette jani janice janin janina janine
jankat janko jann janna janne janni jannie jano janos januja janus janusz janya jaqueline jared
jari jarkko jarl jarlath jarmila jarmo jarno jaromír jaroslav jaroslava jaroslaw jarrod jaruthip
jasmijn jasmin jasmina jasmine jasmit jason jasper jatin javi javier javiera jaxon jay jayda
jayde jayden jaylinn jayne jayson jean jeana jeanette jeanne jeannette jeannine jeet jeevika
jeff jeffery jeffrey jelena jelle jelte jemma jena jenaro jenel jenna jenni jennie jennifer
jenny jens jente jenő jeppe jere jeremi jeremiah jeremy jeremías jerker jermaine jerome jerry
jerzy jerónimo jesper jesse jessica jessie jessika jesus jesusa jesús jet jhalak jill jillian
jim jimena jimmie jimmy jindřich jindřiška jinthe jip jiri jitka jiřina jiří joachim joacim
joakim joan joana joann joanna joanne joaquim joaquina joaquín job jobst jocelyn jochem jochen
jodi jodie jody joe joel joep joerg joey johan johana johann johanna johanne johannes john
johnathan johnnie johnny jolana jolanda jolanta jolanthe jolene jolie jolijn joline jolán jon
jonas jonatan jonathan jonathon joni jonna jonny jonás jonáš joona joonas joonatan joost jordan
jordana jordi jordon jordy jordán jorge joris jorja jorma jorn jort jorunn jos jose josef josefa
josefiina josefin josefina josefine josep joseph josephine josette josh joshua josiah josip jost
josué josé joséphine jouko jouni jovan jovita joy joyce jozef joão joël joëlle juan juana
juanita juanito jude judit judita judith judy juergen juha juhana juhani juho jukka jules julia
julian juliana juliane julianna julie julien juliet julieta juliette julio julita julius juliusz
julián june juni junior juri jurij jurre jussi justin justina justine justus justyna jutta juul
juulia juuso jyoti jyrki jytte ján jános jázmin jérôme jéssica józef józsef jörg jörgen jörn
jørgen júlia jürgen jędrzej kaarina kaarlo kabir kacper kader kadınana kahir kahu kahurangi kai
kaia kaija kaique kaisa kaitlin kaitlyn kaj kaja kajetan kajsa kala kaleb kalervo kalevi kalgay
kalina kalle kalpit kamala kamar kamil kamila kamilly kamya kanak kandef kane kanpulat kapagan
kara karabaş karaca karaer karakucak karan karanbay karataş karcan kardelen karel karen kari
karim karin karina karl karla karley karlfried karlheinz karlijn karlo karlukhan karol karola
karoliina karolin karolina karoline karolína karsten karyn kashish kashvi kasim kasimir kaspar
kasper kata katalin katariina katarina katarzyna katcha kate katelyn katerina kateřina katharina
katharine katherina katherine kathi kathleen kathrin kathryn kathy kati katie katja katri
katriina katrin katrina katrine katy kauko kauri kaver kavurt kavya kay kayagün kayden kaye
kaygusuz kayla kaylee kayleigh kayrabay kayıt kazim kazimierz kaşif kealan keano keanu keegan
keelan keely keeva kefser keijo keira keith keld kelli kellie kelly kelsey kelvin kelâmi kemal
ken kenan kendra kenn kennet kenneth kenny kent kenter kenth keri kerime kerman kerri kerrie
kerry kerstin kerttu kete kevin keya kezban khaled khalid khloe kiaan kian kiara kibar kick
kiera kieran kifaye kike kiki kilian killian kim kimberley kimberly kimmo kinga kingston kira
kiramettin kirby kiri kirk kirsi kirsten kirsti kirstie kirstin kirstine kirsty kitan kitti
kiyasi kjeld kjell kjersti kjetil klaas klara klas klaudia klaudie klaus klavs klemens klement
klothilde klára kläre knud knut kocabaş koen koldan koncagül konguralp konrad konstantin
konstantinos konstanty konstanze kopan kora koray korbinian kordula kori korinna korkmazalp
kornel kornelia kornelius kornél korugan kotuz koçak koçkan koşukhan kreszentia kreszenz
kriemhild krish krisha krishna krista kristen krister kristi kristian kristiane kristie
kristiina kristin kristina kristine kristofer kristoffer kristopher kristy kristóf kristýna
krisztina krisztián krisztofer kritika krystal krystian krystyna kryštof krzysztof ksawery
kuddusi kullervo kumar kumral kunibert kunigunda kunigunde kuno kurt kurtis kustaa kutay kutgün
kutun květa květoslava kyan kyano kyara kyla kyle kylie kyllikki kyra kálmán károly kâmil kâzime
käte käthe käthi kåre kévim köker köktaş kösemen kübran kürşad kılıçbay kınel kırat kırgız
kısmet kıvılcım kızıl kızıltunç laban lacey lachlan lada ladislau ladislaus ladislav ladislava
ladli laetitia lage laika laila lajita lajos laksh lakshit lakshmi lalo lambert lamberto lana
lance lando laoise lara larisa larissa larry lars lascăr lasse lassi laszlo latasha latoya laura
laure laureano lauren laurence laurens laurent laurenz laurenția laurențiu lauretta lauri
laurian laurie laurits laus laust lavanya lavinia lavínia lawrence layla laze lazzaro lazăr laís
lea leah leana leander leandra leandro leanne ledün lee leela leena leevi leia leif leigh leila
leire lekha lelia lena lene leni lenka lenn lennart lennarth leo leocadia leocadio leokadia leon
leona leonard leonardo leoncio leone leonel leonhard leonid leonie leonor leonora leonore
leontin leontina leopold leopoldina leopoldine leopoldo leordean leoš leroy lerze lesley leslie
leszek leticia letizia letiția letícia levente levi lewis lex leyla leyli leyre lezize león lia
liam liana liane libby liberto libni libor libuše licia lică lidia lidija lidwina lieke liesa
liesbeth lieschen liesel lieselotte lieve ligia liisa lila lili lilia lilian liliana liliane
lilija lilja lilla lillemor lilli lilly lilo lily limon lina lincoln linda linde lindsay lindsey
line linn linnea linnéa lino linus lioara lioba lipika lisa lisandro lisanne lisbet lisbeth lise
liselott liselotte lisette lissi lissy liv liva livia livio liviu liwia liz liza lize lizz lizzy
ljiljana ljubica ljudmila lloyd lodovico loek loes logan lohit loida lois loke lola lolita lona
lone loni lonnie lopa lope lorcan lore loredana lorelei lorena lorenz lorenza lorenzo loreto
loretta lori lorin lorna lorraine lot lothar lotta lotte lotti loui louie louis louise lourdes
lourenço lova love lovis lovisa lowe loïs luan luana luara lubomír luboš luc luca lucas lucca
luce lucențiu luchino lucho lucia lucian luciana luciano lucie lucila lucinda lucio lucky
lucrezia lucreția lucrețiu lucy lucía ludger ludmila ludmilla ludovic ludovica ludovico ludvig
ludvík ludwig ludwina luděk luigi luigina luis luisa luise luisina luitgard luiza luka lukas
luke lukáš luminița lumír luna lunna lupe lupita lutfi lutz luuk luz luzia luzie luís luísa
lydia lykke lynda lyndon lyndsay lyndsey lynette lynley lynn lynne lynnette lynsey lászló lázaro
lâle lærke léo léon lívia lúcia lüfen lütfi lýdie lăcrămioara maaike maanas maanav maaria maarit
maarten maartje macarena macaria macario macauley macide maciej mackenzie madalena maddison
madeleine madelene madelief madeline madhav madhavi madison madlen mads maeve mafalda magarete
magda magdalena magdalene magdaléna magdolna maggie magne magnus magret magrit mahdi mahi
mahigül mahika mahir mahmoud mahmut mahnaz mahsun mahter mahulena maia maija maik maike maiken
maire mairead mairtin maite maitê maj maja majken majvor makayla maks maksur maksymilian maksüde
malachy malcolm malena malene malgorzata malik malin mallory malou malte malthe malva malvina
malwina mamen manaaki manaia manan manawa manbir mandy manfred manja manola manole manolo manon
mansurali manthan manu manuel manuela manuelita manuella manus manya mar mara maraea marc
marcantonio marcel marcela marcelina marcelino marcell marcella marcelle marcello marcelo
marcheta marcia marcial marciano marcin marcio marco marcos marcu marcus mare maree mareen
mareike mareikura mareile marek maren marga margaret margareta margarete margaretha margarethe
margarida margarita margaud margaux margherita margit margita margitta margot margret margrethe
margrit marguerite mari maria mariah mariam marian mariana mariane marianela mariann marianna
marianne mariano maribel marica maricela maricica maricruz marie mariechen mariele marieluise
marietta marija marijan marijn marika marilena marilyn marin marina marine marinela marino
marinus mario marioara mariola marion marisa marisela marisol marissa maristela marit marita
maritta marius mariusz marja marjaana marjan marjatta marjo marjukka marjut mark marketta markku
marko markus markéta marleen marlen marlene marlies marliese marlis mart marta marte marten
martha marthe martim martin martina martine martino martirio martta martti martyn martín marvin
mary maryam maryse marzena maría masar mason massimiliano massimo masume matei mateo mateus
mateusz matheo matheus mathew mathias mathijs mathilda mathilde matias matilda matilde matiu
mato matouš mats matteo matthew matthias matthieu matthijs matthäus matti mattia mattias matts
matyáš matías matěj maud mauno maura maureen mauri maurice mauricio maurilio maurits mauritz
maurizio mauro maurycy max maxi maxim maximiano maximilian maximiliano maximino maxwell may maya
maynur maysa mayte mazlum maşide mckenzie meabh meagan meaghan mechthild mechthilde mechtild
mecide mecit meera mees mefarettin mefharet meg megan megha meghan meghana mehdi mehdiye mehmed
mehmet mehmetzahir mehrigül meibh meik meike meinhard meinolf meinrad meja mekhala melaha
melania melanie melchor meleknur melihcan melikkan melina melinda melisa melissa melita melitta
melker melle melody melvin melwin melûl memili menfeat mengi mengüç menişan meral merba mercedes
merche merdi mereana meredith merel merete merethe merijn merim merja merle mertel merva mervi
mervyn meryem meryeme merzuk mestur mesude mesut meta metin metinkaya mette meveddet mevlüdiye
mevlüt meyhanim mezide meşhur mia micael micaela micah micha michael michaela michaele michail
michal michala michał micheal micheala michel michela michelangelo michele micheletto michelle
michelotto michèle mick mie mieszko miguel miguela mihaela mihai mihail mihin mihnea mihrab
mihriye mihály miia miika mijo mik mika mikael mikaela mikaere mikayla mike mikhail mikkel mikko
miklós mikołaj mikuláš mila milada milagros milan milay milena milica milka milla mille millie
milo milos miloslav miloslava milou miloš milton miluše milán mimi mimmi mina mindy minerva
minibe minna minodora mio mioara miodrag mira mirabela miranda miray mirbadin mircea mirco
mireia mirela mirella miriam miriama mirja mirjam mirjami mirjana mirko miro miron mirona
miroslav miroslava miroslaw miroslawa mirta mirte mirthe miruna mishat misra misty mitali
mitchel mitchell mitesh mitică mitruț mitzy miyesser miłosz moa modesta modesto mogens mohamad
mohamed mohammad mohammed mohini moisés mojmír mollie molly mona monalisa monica monika monique
monis monja montserrat morena moreno morgan moritz morris morten muarra mucahit mufide mugdha
mugur mugurel muhammad muhammed muhammet muharrem muhip muhiye muhyettin mujde mukbile muktedir
murat muratcan murilo murray musafet musaffa mustafa mutasım mutluhan muvaffak muvahhide
muzaffer mya myles myriam myrthe márcio mária mário márk márta márton mátyás máté máxima máximo
märta märtha måns mårten mélanie mónica mónika möhsim mübetcel mücellib mücevher müferrih müfit
müjde mükramin mükrüme mülâyim mümtaze münezzer münif müret mürit müsemma müslum müveddet
müzekker müğber müşüre mădălin mădălina mălina mărioara măriuca nabil nachiket nacho nacio nada
nades nadeschda nadeshda nadia nadin nadine nadja naděžda nae nafii nafile naiara naide nair
naja nakip naksh nakul nalân nana nancy nandini nando nanna nanni naoimh naoise naomh naomi
napoleone narcis narcisa narciso narhanim nas nasiba nasuf natali natalia natalie natalija
natalio natalja natan natanael nataniel natascha natasha natasja natasza natașa nate nath
nathalie nathan nathaniel natividad natália natálie naud naveen nayara nayeli nayil naz nazaret
nazario nazende nazi nazimet nazlihan nazlim nazıdil nea nebih nebiha necati necdat nechifor
necilal necmettin necva nedda neel neelima nefaret nefiye neha nehip neil nejdet nela nelli
nellie nelly nelson nelu neo neptün nerea nereida neriban nerim nermin nesfe nesip neslinur nete
netra nevaeh neval nevenka nevgin neville nevise nevsal nevsale neyran nezengül nezihi nezize
neşrin ngaire nia niall niamh nicanor niccolò nichifor nichola nicholas nichole nick nicklas
niclas nico nicoară nicodemo nicodim nicola nicolae nicolai nicolaie nicolaj nicolas nicolasa
nicolaus nicole nicoleta nicoletta nicoline nicolás nicolò nicu niculina niculiță nicușor nicuță
nidhi nidia nidra niek niels nienke nieves nigel nihai nihal nihan niharika niilo niina nikau
nikita nikki niklas niko nikodem nikol nikola nikolai nikolaj nikolaos nikolas nikolaus nikolett
nikoletta nikora nilcan nilda nili nilima nilo nils nimrat nina ninetta nino ninthe nirgül nirja
nisa nisha nitara nitesh nixon niyazi niğmet noa noah noel noelia noemi noemí noman noor noora
noortje nora norah norbert norberto norica norma norman notburga noud nour nout nova noé noémi
noël noëlle nuala nuno nura nural nuran nuray nurbanu nurcan nurda nurdeniz nuretdin nurettin
nurey nurgil nurhayet nuri nuria nuriyet nurkan nurmelek nurseda nurser nursim nurtaç nurten
nurullah nurveren nurşan nuyan nydia nynke nádia nándor nélida néstor nóra núria nüdret nürice
oana obdulia octav octavia octavian octaviana octavio octaviu océane oda odalis odalys odd
odeline odette odhran odika odkanlı oeshi ofelia oganer oguş oisin oiva ojas ojasvi okanay okbay
okgüçlü okseven oktüremiş okyalaz ola olaf olalla olav olavi olca oldağ oldřich ole olegario
olena olfert olga olgierd olimpia olimpian olimpiu olive oliver olivia olivie olivier oliviu
olivér oliwer oliwier olle olli olof olov oluş olívia omaca omaja omar omisha omkaar omya onat
ondřej ongay oni onkar onni onofre onuker onurcan onursu onveer oona oonagh oran oranlı orazio
oreste orfhlaith orgün orhan oriana orinder orla orlagh orlaigh orlaith orlando ornella orsolya
ortak ortansa ortrud ortrun ortwin oruç orvokki orçin oscar osha oskar oskari osman osmo ossi
ossian osvald osvaldo oswald oswaldo oswin otakar otay otfried othmar otilia otmar oto ottavio
ottfried ottilia ottilie ottmar otto ottokar ottomar ottone ottó otávio otýlie outi ove ovidio
ovidiu oviya owe owen oxana oymak ozana ozansü oğulbaş oğurata oğuzman paavo pablo paca paco
pacífica padraic padraig padraigin pahal paige paker paksu pallavi palle palmira paloma pam
pamela pamfil panagachie panait pancho panfilo panini paola paoletta paolo paraschiva paride
paris parker parth pascal pascale pascual pascuala pasi pasqual pasquale pastor pastora patience
patric patrice patricia patricie patricio patrick patrik patrizia patrizio patryk patrícia patty
paul paula paulette pauli paulica pauliina paulina pauline paulino paulo pauric pavani pavel
pavla pavlína paw pawel paweł paye payton paz peace peadar pearce pearse peder pedro peer peggy
pehlil pekka pekkan pelayo pelle pellegrino pembesin penelope penny pentti pepe pepijn pepita
pepito per peren perinur perla perlita permun pernilla pernille pero perry pertti pesent petar
pete peter petr petra petre petri petrică petrișor petrona petronela petros petru petruț petruța
petter petteri peyton phileine philip philipp philippa philippe philippine phillip philomena
phoebe phoenix phyllis pia piaras piedad pien pier pierangelo pierce piergiorgio piergiuseppe
pierina pierluigi piermaria piero pierpaolo pierre piersanti pieter pietra pietro piia pilar
pili pim pina piotr piper pippa pirahmet piran pirjo pirkko pirmin piroska pius pleun pleșu
plinio plácido polina polly pompeo pompilia pompiliu pomponio poncio pontus pooja poppy porfirio
poul pranav praneel pranit pratyush preben preston primitiva primitivo priscila priscilla prisha
priska priya profira prudencia prudencio przemysław puccio puck puk purificación pushti pál
pánfilo päivi päivikki pär pål pénélope péter pía pío pürçek pătru přemysl qabil qadim qarin
qasim quentin quincy quinn quinten quinty quique quirino qushi raagini rabbiye rabea rabih
rachael rachana rachel rachelle rachit rachita rada radek radha radhika radim radka radmila
radomír radoslav radosław radovan radu rael raewyn raf rafa rafael rafaela rafaél rafał raffaele
raffaella raffaellino raffaello rafia rafih rafila raghav ragna ragnar ragner ragnhild rahel
rahiye rahmet raija raik raili raimo raimondo raimund raimundo rainer raisa raissa rajata
rajeshri rakide raksha ralf ralph raluca ramadan ramazan ramiro ramon ramona ramón rana ranbir
randall randi randolf randy ranieri ranveer raphael raphaela raquel rareș rasmus rasul raul
rauno raven ravi ravy rawiri ray rayaan rayan rayla raymond raymund razı raúl rebeca rebecca
rebecka rebeka rebekah rebekka rebihat recep recepali reece refet refik regan regina reginald
regine regitse regitze rehaan rehime reidun reijo reimar reimer reimund reina reinald reinaldo
reine reiner reingard reinhard reinhardt reinhart reinhild reinhilde reinhold reino relu remazan
rembrandt remedios remigio remo remus rena renan renata renate renato rene renee rengül reni
rens renske renzo renáta rené renée resi resulcan reuben reva revza rex reyansh reyes reyna
reynaldo reza rezin rezzak rhavi rhian rhianna rhianne rhiannon rhonda rhys ria rian rica
ricarda ricardo riccardo ricciotti richard richardt richárd rick rickard rickey ricky rico ridhi
rigmor rigo riikka riitta rik rikard rikke riku riley risalet rishi risto rita ritt ritva riya
riza roan roar robbie robby robert roberta robertina roberto robin robyn rocco rochelle rochus
rocío roderich rodica rodney rodolfo rodrigo rogelio roger rohan rohat roise roisin rojnu
roksana roland rolando roldán rolf roman romana romanița romeo romina romolo romuald romulus
romy román ron ronald ronaldo ronan ronith ronja ronni ronnie ronny roope roos roosa roque rory
rosa rosalia rosalie rosalina rosalinda rosalinde rosalva rosalía rosaria rosario rosaura rose
roseanna rosel roselinde rosemarie rosemary rosenda rosendo rosi rosie rosina rosita rosl
rosmarie ross rossana rostislav roswita roswitha rotraud rotraut rouven rowan roxana roxelana
roy roza rozalia rozália ruairi ruari ruben ruby rubén rudi rudolf rudolph rudra rufina rufino
ruggero ruggiero ruhide ruhsat ruhugül rui rumeysa rune rupert ruperta ruperto rushil russell
rut ruth ruthild ruxanda ruxandra ruy ryan ryder ryszard régulo réka rémy róbert rómulo róza
rózsa róża rúben rüdiger rüknettin rümeysa rüşen răducu răzvan rıfkıye růžena saanvi saar saara
saba saban sabas sabatino sabih sabihe sabin sabina sabine sabri sabrina sabır sacha sachi sadat
sadeti sadie sadittin sadiye safet safinaz safta safura saga sahil sahin sahir sai said saire
sakari sakip saksham salami saleh salih salimet salkın sally salma salomea salomé salomón salud
salurbay salvador salvatore salvi sam samahat samaksh samanta samantha samar samarth samesh sami
samir samira samu samuel samuli samurtay sanavber sanaya sancak sancho sanda sandalio sander
sandor sandra sandro sandu sandy sanna sanne sanni sante santeri santiago santino santos sanur
sanya sançar saoirse sara sarah sargın sari sarina sarita sarpkın sarthak sarya sarıcabay sasha
saskia sathvik satrettin satu saturnina saturnino satıa saul saumya sava savak savannah saverio
saveta savina savni saydam saygın sayin sayrak sayın saçı sağcan sağıt scarlett scot scott
seamus sean seana seanan seaneen seanna sebastiaan sebastian sebastiano sebastián sebastião
sebattin sebigül seblâ seda sedat sedife sefer segismundo seha sehel seija sejda selaheddin
selatin selcen selena seler selim selime selina selma selmin selvi selâtin selçuk sem semat
semender semenica semine semra semrin sencar seniha senn senna senol senta seona sep sepp seppo
seracettin serafina serafín serda serena serezli serfinaz serge sergei sergej sergio sergiu
sergius serhatmehmet serma sernur serol serpil server servinaz sessa seth sevcan sevdi sevdinar
seve sever severiano severin severina severino severo sevgen sevginur sevican sevim sevindik
sevla sevsevil seydo seyfullah seyhan seyithan seyyide sezal sezen sezginbaş seçgül seçme
shakira shane shania shanice shanna shannan shannen shannon shari sharlene sharon shaun shauna
shauneen shaurya shawn shawna shay shayne shea sheena sheila shelby shelia shelley shelly sheree
sheri sherri sherry sheryl shirley shivani shivansh shona shravya sian sibel sibilla sibille
sibylla sibylle sidar siddharth sidki sidonia siegbert siegfried sieghard sieglinde siegmar
siegmund siegrid siegried siegrun siegward siem sienna sierra sigfrid sigfrido sigfried sigge
sigismund siglinde sigmar sigmund signe sigrid sigrun sigurd sigvard siiri sil silanur silas
silja silje silke sille silva silvana silvano silvester silvestre silvestro silvia silvian
silviana silvie silvio silviu simber simen simi simina simion simo simon simona simone simonetta
simten simão simón sina sinaida sindre sine sinead sini sinică sinikka siobhan siofra sione
siper sirap siri sirkka sirpa sisko sissel siti sittik siv sivert sixten siya sjoerd skye skyla
skylar slavica slavko slavomír slavěna slawomir slobodan smaranda sneha socorro sofi sofia sofie
sofía sol sole soledad solma solveig solvej sonad sondre songurkan songül sonia sonja sonnur
sonny sonya sophia sophie soraia sorana soraya sorcha sorin sorina sosimo soydaner soykan soykut
soyselçuk soňa spencer speranța stacey stacie stacy staffan stan stana stanca stancu stanislaus
stanislav stanislava stanislaw stanisław stanley stavros steen stef stefan stefani stefania
stefanie stefano steffen steffi stein steinar stela stelian steliana stella stellan steluța sten
stephan stephanie stephany stephen sterre steve steven stewart stian stig stijn stilla stina
stine stjepan stuart sture stéphane stéphanie suat subutiye sudi sudiksha sue suhani sulhi
sultane summer sunay sune sunel suphi susam susan susana susanita susann susanna susannah
susanne suse susi sussanne sussie suus suvi suzana suzanne suze svante svatopluk svatoslav svea
svein sven svenja svenning sverre svetlana světlana swantje swen swetlana sybilla sybille sydney
sylke sylvana sylvester sylvia sylvie sylvio sylwia synnøve sys szabolcs szilveszter szilvia
szilárd szymon sándor sára sânziana sébastien sérgio sökmen sönke sören söyler sözer søren
sørine søs sücaettin süha süheyda sükrü süleyla süleyman sümerya sümeyye süner süsen süvari
süzer sıla sırriye sıylıhan tabea tabitha taciddin tadeo tadeusz tadeáš tagangül tage tahir tai
taina taine taisto talayer tali talibe tama tamanna tamara tamati tamaydın tami tammie tammy
tamás tan tanak tanay tanbay tandoğdu tane taneli tangaroa tangül tanhan tania tanish tanja
tanmayi tanner tanpınar tanses tansev tansığ tanveer tanvi tanya tanyolaç tanyu tanır tapani
tapio tara tarak tarancı tarja tartış taru tasha tassilo tasvir tatiana tatjana tatu tauno
tayaydın taygan tayla taylak taylor tayyibe tayyip taçnur taşar taşkan teber tecimer tecla ted
teea teemu teerth tegan teija tejas tejs tekbay tekecan tekiner teknaz teksoy telemaco telim
tellervo telmo telse temime temirhan temistocle temizkal temuçin tenvir teo teobaldo teodor
teodora teodoro teodosia teodosio teofil teohari teona tercan tere terence teresa terese teresia
teresita tereza terhi terina terje terlan tero terrance terrence terri terry terttu teréz
terézia tess tessa teun teuvo tevs teybet tezcan tezol teófila teófilo thaddäus thales thea
theda thekla theo theobald theodor theodora theodore theodoro theodoros theres theresa therese
theresia therése thi thiago thibault thibaut thierry thies thijmen thijn thijs thilo thom thomas
thor thoralf thorben thore thorsten thure théo théodore théophile thérèse tia tiago tiana tiare
tiarna tiarnan tiberia tiberiu tibor tiburcio ticen tiegan tiernan ties tiffany tiia tiina
tijmen tijn tijs tilda tilde till tillmann tilly tilman tilmann tilo tim timea timm timmy timo
timotei timoteo timothy timothée timurtaş tina tinca tincuța tindra tine tino tirza tito titus
tivadar tiziana tiziano tiğin tobias tobiasz toby todd todor toivo toker toktuğ toköz tola
tolonbay tom toma tomas tomasa tomasz tomi tomislav tommi tommy tomurcuk tomás tomáš tomé tone
tonguç toni tonia tonicha tonino tonje tonny tony tonya topias topuz tor tora toralf torben
torbjörn torbjørn tord tore torgny torhan tori toribio torill torquato torsten tory tova tove
toy toño toğan tracey traci tracie tracy traian traude traudel traudl traugott traute travis
trent trevor tricia trine trini trinidad trinity tripti tristan tristán triveni triya troels
trond troy trude trudel trudi tudor tudora tudorița tudosia tui tuija tule tullio tulun tunahan
tunguç tunçboğa tunçkılıç tuomas tuomo turabi turcein ture turgut turid turvi tutkucan tutkun
tuukka tuula tuuli tuulia tuulikki tuva tuyuğ tuğcan tuğrulhan tuğtaş tuğçe twan tycho tygo tyla
tyler tymon tymoteusz tyra tyrone tyson tímea törel tükelalp tülay tülin tümer tümkurt tünde
türabi türcan türkalp türkan türkmen türknur tüzeer tüzenur tınal ubaldo uberto ubika ucchal
udant udarsh udo udyati uffe ufukay ugo ugolino ulakbey ulf uli ulises ulla ullrich ulrica
ulrich ulrik ulrika ulrike ulu uludağ uluman ulutay uluğbey umang umberto ummahani umman umutcan
umuşan una undine unnati unni uno uolevi upadhriti upasna upkaar upma uraltay urban urbano urhan
uriel urishilla urmi urs ursel ursula urszula urte urvashi urvi uschi ushan uta ute utkarsh
utkucan utz uwe uyanser uygun uzbay uzsoy uçan uçbeyi uğan uğur uğurkan uğurtan vacibe vadim
vafir vagn vahittin vaishnavi vajèn valborg valdemar valentijn valentim valentin valentina
valentine valentín valeri valeria valerie valerij valerio valeriu valero valeska valter valtteri
valéria valérie vamakshi vanda vanesa vanessa vanja vansha vanya varenya vargın varlık varsha
varvara vasana vasatika vasco vasile vasilica vasilică vassilios vasudha vasyl vaughan vaysal
vecide veda vedant vedat vedhika vedika veer veera veerle veeti vefia vega vegard veijo veikko
veis veit veli velitdin venancio venceslás vendela vendula venera veniamin venla vera verde
verena verim verner verneri vernon veronica veronika veronique verónica vesa vesna veta vezat
vezrife vicenta vicente vicenția vicențiu vicki vickie vicky victoire victor victoria victoriano
victorino victória vidal vidar vide vidhi viggo vigo vihaan viivi viking viktor viktoria
viktorie viktória vildane vilde vilgot vilhelm vilhelmiina vilhelmina vilho viljami viljo
villads ville vilma vilmer vilmos vilém vinaya vince vincent vincentio vincenza vincenzo
vincențiu vinicio vinicius vinko vinzenz vinícius viola violet violeta violetta viorel viorela
viorica viraj virgilio virginia virginie viridiana virpi virág visarion visitación vitali vito
vitor vittoria vittorio vitus vitória vivaan viveka vivian viviana viviane vivianne vivien
vivienne vlad vladimir vladimír vladimíra vladislav vlado vlaicu vlasta vlastimil vlădelina
voichița voicu vojtěch volker volkhard volkmar vratislav vrinda vrishti vritti vuokko vyanjana
václav vâlâ väinö véronique víctor vít vítor vítězslav věra wahab waida waimarie wakeeta
walburga waldemar waldtraut walentina walfried walli wally walter walther waltraud waltraut
waltrud wanda warda warhi warinder warjas warren warwick watika wayne wazir weena wenche wencke
wendelin wendolin wendy wenke wenzel wera werner wesley wessel whitney wibke widisha wiebke
wieland wieslaw wigbert wikitoria wiktor wilfredo wilfrido wilfried wilfriede wilhelm wilhelmina
wilhelmine wille willem willfried willi william willibald willibert willie willow willy wilma
wilmer wilson wiltrud winfried winni winnie wiremu wishi witold wladimir wojciech woldemar wolf
wolfgang wolfhard wolfram wout wouter wriddhish wridesh wulf wyatt wálter xalak xaver xavi
xavier xenia ximena xiomara xiti yachana yadavi yadigar yagnesh yago yahvi yahşi yahşikan yaiza
yalazabay yalgın yaltırak yalın yamin yamini yan yankı yannick yara yargı yasan yasemen yasemin
yash yashasvi yashawini yashica yashoda yashodhara yashvi yasmin yasmine yassin yasti yatan
yatin yauvani yavuz yayak yazganalp yazgül yağın yağızkurt yaşar yaşattin yda yekbun yekda
yelesen yeneral yeni yepelek yertan yesenia yetişal yeşil yfke yigit yilmaz yinthe ylva yngve
yochana yolal yolanda yoruç yoshita yosma yousef youssef yrjö yrsa yug yunt yurdanur yurdaser
yuri yuridia yurtgüven yurtseven yurttaş yusuf yutika yuvraj yves yvette yvonne yésica yéssica
yönetmen yücel yücelen yümun yıldır yıldız yılma zac zacarías zach zacharias zacharie zachary
zaharia zahfer zahid zahra zaid zaida zaira zaitra zak zakaria zaliha zalán zamfir zamfira zamir
zane zansi zara zaraza zarna zashil zayan zayyan zbigniew zbyněk zdenka zdeněk zdeňka zdislava
zdravko zebirce zeferino zehaan zehnia zehra zehranur zekayi zeki zelha zeljko zelma zemzem
zenia zennun zeno zenobia zenon zenovia zenta zerafet zeride zevlüde zeynelabidin zeynep zeyno
ziggy zihni zikmund zilfa zilmil zina zinal zinnure zion zita ziyaettin zlatko zoe zoey zofia
zoltan zoltán zora zoraida zoral zoran zoé zoë zsanett zsigmond zsolt zsombor zsuzsanna zsófia
zubeyde zuzana zöhrehan züfer züheyla zülbiye zülfüye zülgarni zümre ábel ádám áfrica ágata
ágatha ágnes águeda ákos álvaro ámbar ángel ángela ángeles áron árpád áurea âdem âlemşah ângela
ângelo änne åbjørn åge åke åsa åse çakar çakırca çaltı çalım çamok çapkan çavuldur çağa çağdan
çağlar çağlasın çağveren çelem çelikkan çelikyürek çerçi çetinsu çeviköz çevregül çilga çinerk
çisem çokan çolpan çopur çoğay çıdal çıvgın édgar édith édouard élisabeth élise élodie éléonore
émile émilie éric érica étienne éva íngrid íris ísis íñigo óliver óscar öge ökkaş öktürk ömriye
ömür öncel önel öngen önsal örfiye örik örjan öryürek östen över övün özakan özalpsan özaslan
özay özbay özbilek özbilge özdal özdeş özdil özdoğdu özel özerdinç özertem özge özger özgün
özgür özinal özkent özkutlu özlem özlü özokçu özpetek özpınar özsözlü öztek öztürk özyurt özçam
özüdoğru öğet øivind øjvind ørni øvli øystein øyvind úrsula übeydullah üge ülfet ülke ülküdeş
ülküm ümmahan ümmet ümmühan ümray ünal ünek ünlen ünsever ünübol ürfettin ürper üsame üstün üzer
üçgül ğanim łukasz şabettin şadıman şafii şahat şahdiye şahinbey şahinder şahmettin şahnuray
şahıgül şali şamiha şanlı şavki şayan şazime şefi şefiye şehamet şehreban şehza şekim şelâle
şemsettin şemsinisa şendoğan şenkal şennur şerafeddin şeref şerman şevket şevketfeza şeyda şide
şilan şinasi şirivan şuayp şöhret şükri şüküfe šimon štefan štěpán štěpánka šárka žaneta žofie
șerban ștefan ștefana ștefania
""".split()
)

FAMILY_NAMES = frozenset(
    """
aalto aaltonen aalts aanei aarden aarts aas aasen ababei abad abascal abatantuono abate abba
abbagnale abbas abbott abdi abdullah abella abellán aberhart abiola abrahamsen abrahamsson
abrego abreu abril accardo acedo acerbi acero acevedo acharya achison ackermann acosta acuña
adadia adam adame adams adelaar adetokunbo adeyemi adinolfi adkins adler adolfsson adolph
adriaansen adriaensdr adriaense adryaens adán aeije aertsz agarwal agate agazzi aggarwal agnesi
agnew agostinelli agostini agrawal aguado aguayo agudo aguilar aguilera aguiló aguirre agullo
agustí agustín ahearn ahearne ahern aherne ahlberg ahlgren ahlin ahlqvist ahlström ahluwalia
ahmad ahmadi ahmed aho ahokas ahola ahonen ahuja ainsboro airaksinen aitken ajello akar akdeniz
akgündüz akhtar akinwale aksu akça akçay alanen alanko alarcón alatalo alba alberdi albero
alberola albers albert albertini alberto alboni albu albuquerque alcala alcalde alcalá alcaraz
alcolea alcántar alcántara alcázar aldobrandi aldridge alegre alegria alejandro alemany alemdar
alemán alexander alexandersson alexandre alfaro alfieri alfonsi alfonso alfredsson ali aliaga
alighieri allain allan allard allen aller allerby allis allison alm almagià almagro almansa
almanza almaraz almazán almeida almgren almonte almqvist aloisio alonso alonzi alonzo alpaidis
alsina altamirano altera alva alvarado alvarez alve alves amador amaldi amalrada amaral amat
amato amaya amble amigó ammaniti amo amor amores amorim amorós amundsen anand anastasi anaya
anderberg anders andersen anderson andersson andra andrade andre andreasen andreassen andreasson
andreotti andreozzi andres andresen andreu andrew andrews andrén andrés angeli angiolello
anglada anguiano anguillara anguissola anguita angulo angus anichini anjos anne annsboro ansboro
ansems antal antelami anthony antikainen antoine antonacci antonelli antonello antonetti
antonini antonioni antonsen antonsson antonucci anttila anttonen antunes antón antúnez aparecida
aparicio apodaca aponte aporti appelman apte aragonés aragão aragón aramburu arana aranda araujo
araújo arce archer archuleta arco arcos ardelean arellano arenas arens arent arevalo argan
argentero argenti argento arguello argurio arias ariasso ariens ariosto ariza ariño arjona
armani armas armellini armendáriz armengol armenta armstrong arnaiz arnal arnau arnaud arnesen
arnold arnott aro aroca aronsson arora arranz arredondo arregui arreola arriaga arribas arrieta
arroyo arslan arsoy arteaga arthurs artigas arts arvidsson arya arévalo aschman asenjo asensio
ashe ashley ashman ashton asikainen aslan asmundo asp asplund asprucci assunção atchison atienza
atkins atkinson atwal atzler aubert aubry auger augustsson aulenti aumann aune aurora
austermühle austin autio auvinen avery avila avilés avogadro axelsson ayala ayers ayllón aylward
ayuso azcona azevedo aznar azorin babati babato babbo babu baca bach bachmann backer backlund
backman bacosi badal badami badillo badoer badoglio badía baena baeza baggio baglioni bahena
bahl bahri bail bailey bailly bains baird bajaj bajamonti bajardi bajwa baker bakke bakken
bakker bakos bakshi bal bala balaguer balakrishnan balan balay balbi balbo balderas baldick
baldwin bale bali ball balla ballard ballester ballesteros balog balogh balogun balotelli balázs
bandello bandeville bandi banerjee banik banks bann bannon bansal banville baptista baquero
baracca barad barajas baral barba barbarigo barbe barber barberini barbero barberá barbier
barbosa barbu barcaccia barcella barceló barco barela barents barese baresi baria barillaro
barker barkholz barlow barman barna barnes barnett barneville baroffio baron barozzi barr
barracco barragán barral barranco barraza barre barreda barrena barrera barreto barrett
barrientos barriga barrio barrios barrnette barron barros barroso barry barsanti barta bartels
barth barthelemy bartlett bartley bartoli bartolomé barton bartoš bartošová bary barzini baró
barón bas basadonna basak bass bassett bassi basso bastiaanse bastiaense bastida basu bataglia
batalla batchelar bates bath batista batlle batra batta battaglia battelli battisti baudry bauer
baum bautista bauzà bava bave bawa baxter bayo bayona bayón bazin bazzi baños bañuelos beakey
beal beale bean beard beasley beasty beattie beatty beccaria beccheria becerra bech becht beck
becker beckmann bedi bednář bednářová beekman beer beernink beffa beggan beggs begley begum
behan behl beier beijring beirn beirne bejarano bekbergen belda bell bellemans belletini bellido
bellini bello bellocchio bellucci bellò belmonte belpere belton beltran beltrán bembo ben benard
benavent benavente benavides benavídez bender benedetti benet beneš benešová bengtsson benigni
benitez benito benjamin bennet bennett benoit benson benthin bentley benton benussi benítez
beourgeois bera beran beranová berends berendse berengario berenguer beresford berg bergdahl
berge berger berggren bergin bergkvist berglund bergman bergoglio bergqvist bergsten bergstrand
bergström bergvall berkahn berlusconi bermejo bermingham berminghim bermudez bermúdez bernaards
bernad bernal bernard bernardi bernardini bernat bernetti berney bernie bernier bernini berntsen
berntsson berrocal berry berrè berríos bersani bertelsen berthelot bertho bertilsson bertin
bertoli bertolucci bertoni bertrand bertrán beránek beránková besnard besson best bettin bettoni
bevan bevilacqua beyer bezemer bhagat bhakta bhalla bhandari bhardwaj bhargava bhasin bhat
bhatia bhatnagar bhatt bhattacharyya bhatti bhavsar biagi biagiotti bianchi bianchini bibi bien
bierstraten biesty biggen bignami bignardi bigot bijlsma bilbao bilge bilgin bilir billung
binaghi binner bir birch bird birkeland birmingham birnbaum biró bishell bishop biswas bixio
björk björklund björkman blaak black blackburn blackwell blair blake blanc blanca blanch
blanchard blanche blanchet blanco blanes blankenship blasco blasi blazquez blažek blažková blees
bleijenberg blevins blewanus blick blin blixt bloch bloemendaal blokland blom blomberg blomgren
blomkvist blomqvist blondel blonk blot bláha bláhová blázquez blümel boada boaga boase bobal
bocca boccaccio boccherini boccioni bocelli boddaugh bodin bodkin bodnár bodoni boer boers
boeser boetet boezio bogan bogdán bognár bohan bohlander bohlin bohman bohnbach boiardo boitani
boito boix boland bolander bolaños boldù boles bolger bolin bolkesteijn bolnbach bolton bolzmann
boman bombieri bompiani bonanno bonar bonatti bonaventura bonbach bond bondumier boner bones
bonet bongiorno boniface bonilla bonino bonneau bonner bonnet bonnin bonolis bonomo booden
boogaerts booker boon boone booth bora borah borbély borde boreland borg borges borghese borgia
borgström borja borland borman boros borra borrani borrego borrell borromeo borromini borroni
borrás borsellino borsiere borzomì bos bosch bose bosio bosman bossi boström bosurgi botella
botello botham botta bottaro botticelli bottigliero bou boucher bouchet boucsein boudewijns
bouhuizen boulanger boulay bourdon bourgeois bourke bousquet bouthoorn boutin bouvet bouvier
bouwhuisen bova bowater bowden bowe bowen bowers bowler bowles bowman boyce boyd boyer boylan
boyle boyse bradden bradford bradley bradshaw brady bragadin bragaglia brahmbhatt bramante
brambilla branaola brancaccio branch branciforte branco brandon brands brandt brannelly brar
brassil braun bravo bray bree breen breheny brekke brenna brennan bresciani breslin bresnehan
bresse bresé breton brett breugelensis brewer briand briccialdi brichese brick bridge bridges
bridson briemer brien briere brievingh briggs bright brink briody briones brisee briseño
brislane brito brizee broberg brock broderick brodin brody broeckx broeders broek broekhoven
broeshart brogan broggini brolin broman bronder brookes brooks brophy broschi brosnan broughan
brouwer brown browne browning broy brož brožová bru bruce bruder bruen bruggeman brugman
brugnaro brumleve brun bruneau brunel brunelleschi brunello brunet bruno bruscantini bruton
bruun bruynzeels bryan bryant bryson brännström buch buchanan buchholz buck buckley bud budai
budig buendía bueno buick buijs buisson bull bullock bulzoni bumb buonauro burcardo burch
burchill bureš burešová burgess burgos burke burman burnett burns burr burrell burrows burt
burton buscetta bush busoni busquets bustamante bustos butala butcher butler butselaar butte
buttimer buttimore bylund byrd byrne byrnes byström báez bálint bárcena bárta bártová bäck
bäckman bäckström bähr bärer bègue bétancourt bílek bílková bökenkamp börjesson börner bøe
caballero cabanillas cabañas cabello cabeza cabezas cabibbo cabo caboto cabrera cabrero cabrini
cabán caccianemico caccioppoli cadden caddow cadefau cadena cadenas cadogan cadorna caetani
cafarchia caffarelli cafferkey cafferky cafferty caffrey cagney cagnin cagnotto cahalane cahill
cahillane cahir cain caine cainero cairn cairns caironi cal calarco calatayud calbo caldeira
caldera calderon calderón caldwell calgari calhoun callaghan callahan callan callanan callegari
callegaro calleja calligan callinan cally calvet calvey calvillo calvo calzada camacho camanni
camargo camarillo cameron camicione camilleri camino camiscione cammarata cammel campanella
campano campbell campillo campise campo campos campoy camps camuccini camus canales canali
canals canavan candelaria canet canetta canevascini canil cannan canniffe canning cannizzaro
cannon canny cano canova cant cantero cantimori cantrell cantu cantwell cantón cantú caparrós
capdevila capecchi caplis capone cappelli capples capua capuana caraballo caracciolo carbajal
carbajo carballo carbery carbonell carbó cardano cardenas cardona cardoso carducci carey
carfagna carlberg carleton carley carli carlier carlin carlos carlsen carlson carlsson carmody
carmona carneiro carnera carnero carney carnotte caro carocci carolan caron carosone carpaccio
carpenter carpentier carpio carr carragher carranza carrasco carre carrera carreras carrero
carretero carreño carreón carriera carrig carrigan carrigy carrillo carrión carro carroll carry
carson carsten carter carthy carton cartwright carty carullo caruso carvajal carvalho carville
casadei casado casagrande casal casale casaleggio casalodi casals casanova casanovas casares
casarin casas case casellati cases casey cashen cashman casillas casini caspar cassarà cassen
casserley casserly cassiano cassidy cassin castaneda castañeda castejón castell castellanos
castelli castellitto castells castelló castiglione castilla castillo castioni castrillo castro
casárez catalano catalá catalán catenazzi cattaneo cattigan cauley caulfield cavalcante
cavalcanti cavanagh cavanna cavazos cawley cazares cazorla cañas cañellas cañete cañizares
ceballos ceci cedillo ceja celentano cendron centeno cepeda ceravolo cerdá cerdán cerezo ceri
cerquiglini cerro cerutti cervantes cervera cervántez cesaroni cesarotti ceschi chacko chacón
chad chada chadha chadwick chahal chakrabarti chakraborty chamberlain chambers chamorro chan
chana chand chanda chander chandler chandra chandran chaney chang chapa chaparro chapman char
charles charlton charon charpentier charrier chartier chase chatterjee chaudhari chaudhary
chaudhry chaudhuri chaudry chauhan chauveau chauvet chauvin chavarría chaves chavez chawla checa
chechi cheda cheema chen cherian cherry cherubini chevalier chevallier chevresson chhabra
chiappetta chiaramonte chico chiesa chigi chindamo ching chinnici chittolini choi chokshi chopra
chotzen choudhary choudhry choudhury chowdhury christensen christian christiansen christie
christoffersen christoph christopher chrodtrud chrétien chukwu chung church chávez ciampi
cianciolo ciani cibin cicala cichorius cicilia cid cifuentes cignaroli cilea cilibrasi cimarosa
cimini cintrón cipolla cirino cisneros civaschi claassen claesdr claesner claesson clafferty
claffey clair clancy clare claridge clark clarke classon clausen clavero clavin clay clayton
clear cleary clemente clements clenaghan clerc clerkin clery clifford cline clinten clinton
clogherty cloherty clohessey clohessy cloney cloonan cloone clooney clune clément coady coakley
coardi coates cobb cobo cobos coca cocci cochran cociarelli codina cody coelho coello coen
coenen coffey cogan cogley cohalan cohen coholan colas cole coleman coles coley colfer colgan
colhoun colin coll collado collazo collen colleneler colleran collet colletti colley collier
colligan collin collina collinder collins collis collodi colly colom coloma colomer colon
colreavy colum columbo colunga colón comar comas comber combi comboni combre combs comencini
comer comerford comeriato comisky comisso commins comolli company compton comyn conaty conboy
concannon concepción conde condoleo condon condren condron conefrey conesa conlan conley conlon
conmee conmy connachton connaghy connaughton conneeley conneely connell connellan connelly
conner connery connole connolly connor connors conole conrad conradi conree conroy conry
considine contarini conte conti contractor contrafatto contreras convey conway conwell coogan
cook cooke cooksley coolahan coolen cooley coonan cooney cooper copeland coppola corbacho
corbett corbo corcoran corcos cordero cordier cordova corduff coret corish corkery corless
corlett corley cormack cormican cormick cormy cornejo cornelisse cornelissen cornelisz corominas
corona coronado corr corradi corral corrales correa correia correr corridan corrigan corry
corstiaens cortes cortese cortez cortina cortés cosgrave cosgrove cosman cossiga costa
costalonga costanzi coste costela costello costelloe costigan cotter cotto coughlan coulon
counihan courcey cournane courtenay courtier courtney courtois cousin cousins coutts couturier
covarrubias cowan cowely cowen cowley cox coyle coyne cragg crahan craig craine crampsey
crampsie crane crangle cranley cranly craven craw crawford crawley crean creed creedon cregan
crehan cremin cremonesi crespi crespo cresswell criado cribbons crilly crimmins crinion
crisafulli crispi cristea cristoforetti croad croal crohan crolly cronelly cronin cronly crosbie
crosby cross crossan crota crotty crowe crowley crudden cruise cruz cryan csonka cuadrado cuda
cuddihy cuellar cuenca cuervo cuesta cueto cuevas cuffe cugia culhane cullen culligan cullinan
cullinane culloty cully cumiskey cumisky cumming cummings cummins cummiskey cummisky cundari
cunha cunnane cunneen cunningham cunny cuomo curatoli curci curiel curley curnane curneen curnyn
curran currie curry curtin curtis cusack cusano cutrufo cutuli cuzzocrea cuéllar cáceres cámara
cánovas cárdenas câmara céspedes córdoba córdova cózar dachgelder dachgeldt dachgelt dada dahl
dahlberg dahlgren dahlin dahlqvist dahlström dahlén daiken dalal dale dalla dallapé dallara
dalmau dalton daly dalziel dam danaher dandolo dane dani daniel daniels danielsen danielsson dar
dara darcy dargan darmody das dasey dasgupta dash dass date datta daugherty dave davenport
davern davey david davids davidson davidsson davies davila davin davis davison davitt davoren
davy daw dawick dawson day dayal daza deacon deacy deady dean deane dease deasy decker dee
deegadan deegan deehan deeley deely deeney deeny deep deere deery dehmel deigan deignan dekker
delacruz delahaye delahunty delaney delannoy delap delargy delattre delaunay deledda deleon
delgadillo delgado delle dellucci delmas delorme deloughrey deloughry demir demirel demmendaal
dempsey denihan denis denison dennehy dennenberg denning dennis denny deo deol depero dermody
dermott derrig desai descamps deschamps deshmukh deshpande desio desmond detti devally devan
devane devaney devanney devaux devenney dever devereux devery devi devilly devin devine devitt
devlin devoy dewan dey deák dhaliwal dhar dhawan dhillon dhingra diaconescu diaconu diallo dias
diaz dibiasi dick dickerson dickey dickie dickinson dickson didier diego diesbergen dietz diez
diffin diffley diggin diggins dignan dijkman dijkstra dijoux dillane dillon dima din dinan
dineen dinneen dinu dippel dircken dirksen dirrane dirven disdero diskin ditschlerin divan
divenney diver divine diviney dixit dixon diéguez dobbin dobbins dobes dobre dobson dochioiu
doctor dodd dodson doe doesburg dogherty doglioni doherty dolan doležal doležalová domingo
domingues dominguez doménech domínguez donagher donaire donald donaldson donarelli donati
donatoni donegan donini donlon donnan donnell donnellan donnelly donoghue donohoe donohue donoso
donovan donà doody dooey doogan doohan doolan dooley doorhof doornhem doorty dora doran dordan
dore dorgan doria dornan dorrian dorsey dorsman doshi dossetti dossi dostál dostálová doudigan
dougherty douglas dovara dowd dower dowerg dowey dowley dowling downes downey downing downs
doyle draaisma draghi drake drennan drew drewes drian dries driessen driscoll drohan droney drub
drubin drum drumm drummond drummy druso drysdale dua duane duarte dube dubey dubois dudley dudás
dueñas duff duffin duffy dufour dugal dugar duggan duhamel duhig duhy duignan duivenvoorden duke
dulbecco dulohery dumanlı dumas dumitrescu dumont duncan dunford dungan dunlap dunleavey
dunleavy dunn dunne dunning dunny dunphy dunworth duodo dupont dupré dupuis dupuy duque duran
durand durante durdu durham durkan durkin durmuş durnan durnin durning durrihy durán duse dutt
dutta duval dušek dušková dvořák dvořáková dwane dwyer dyal dyer dávila díaz díez döhn döring
dörr dörschner earl earle early eaton eberhardt ebert eberth echevarría echeverría eckbauer
eckhardt eco edberg eden edin edlund edman edmonds edström edvardsen edvardsson edwards edwin
eelman eerden eftimie egan egea eglinton ehlert eide eigenwillig eijkelboom eimer einarsson
einaudi eivers ekberg ekdahl ekelund ekholm eklund eklöf ekman ekstrand ekström ekwueme elberts
elbertse eliassen eliasson elizondo ellery ellingsen elliot elliott ellis ellison elo elofsson
eloranta elorza elsemulder elsenaar elwood elías emanuelli emanuelsson emilsson emmen emo
endrizzi ene engberg engdahl engels engen english englund engman engström engvall ennis enright
enríquez eraslan erdoğan ergül erhout erickson ericson ericsson eriksen eriksson erkkilä
erlandsson ernst eronen errani errigo ertaş ervin ervine escalante escalona escamilla escobar
escobedo escolano escribano escrivá escudero eskelinen eskola espada esparza españa español
espejo espinal espino espinosa espinoza esposito esquibel esquivel esson esteban estes esteve
esteves estevez estey estrada estévez etzler etzold eustace evans evensen everde everett evers
everts evoy evrard ewart ewing exposito expósito eze fabbri fabra fabre fabregat fabrizi fadden
fadian fagan fagerström faggiani fagiani fagotto faherty fahey fahy fair fairhall faivre fajardo
falcone falcó falcón falier falk fall fallaci fallon falloppio falvey fannin fanning fannon
fantini fantoni fantozzi fanucci faragó farah faranda farell faria farias farina farinelli
farkas farland farley farmer farnan farnese farnon farragher farrell farrelly farren farrissey
farrissy farry farré farías fattori faugno faulkner faull faure faust favata fay fazekas fealy
fearon fechant fechner federici federico fee feehan feeley feely feeney feenstra feeny fegan
fehan fehilly fehér feighery feijoo fekete felban feliciano feliu feltzer fenelon fenighty
fenlon fennell fennelly fennessey fenning fenton fergus ferguson ferm fermi fernandes fernandez
fernández ferrabosco ferragamo ferragni ferran ferrand ferrando ferrante ferrara ferrari
ferraris ferrata ferrazzi ferreira ferrell ferrer ferrera ferreras ferrero ferretti ferris
ferriter ferrucci ferry ferrán ferrández ferrándiz fiala fialová fibonacci ficino fiebig field
fielding fields fieramosca fiere fierro figueiredo figueras figueroa figuerola filangieri filban
filbin filippelli filippini filogamo filzi finan finch findlay finegan finetti finke finlay
finley finn finnegan finneran finnerty finnucane finotto finucane finzi fiol fioravanti fiorucci
fischer fischetti fisher fittipaldi fitzgerald fitzgibbon fitzgibbons fitzmartin fitzmaurice
fitzpatrick fitzsimmons fitzsimons fišer fišerová flaherty flahive flaiano flanagan flannagan
flannelly flannery flantz flatley flavin fleming fletcher fleury fliegner flink flinn flood flor
florea flores florio flowers floyd flynn flórez foa foconi fodor fogarty fogazzaro fogaça folan
folch foletti foley folkesson folliero fonseca font fontaine foody foot foote foran forbes ford
forde forkin fornaciari forrest fors forsberg forsell forsgren forslund forsman forster forsyth
fortuny fortuyn forza foscari foster foucher fouquet fournier fowler fox foy foyle foà fracci
fraher frances franceschi franch francis francisco franco frandsen frank franke frankhuizen
franklin franscini fransson franzese franzén françois françoise fraser frawley frazier freaney
frederick frederiksen fredriks fredriksen fredriksson freeley freely freeman freeney freeth
freil freitas fremie french frerichs frescobaldi fresh freshour freudenberger frey friberg frid
friedman friehus friel friis frisk fritsch fritz frost frutos fry frye frías fröhlich fuente
fuentes fuertes fuller fulton funnell furda furey furness fusani fuseli fuster fyfe fábián
fábregas förster fülöp fırat gaba gabaldón gabba gabbana gabrieli gabrielsson gadda gade gaffney
gaggini gagliano gagliardi gahan gaiatto gaillard gaine gaines gainey gaito gaitán gala galan
galarza galeati galenzone galiano galiazzo galijn galilei galindo gallagher gallaher gallardo
gallart gallego gallegos gallen gallet galligan gallivan gallo gallogly galloway galtarossa
galuppi galvan galvani galvez galvin galván galán gamble gamboa gamez gandhi ganesan ganesh
gangemi ganguly ganley ganly gannon gaona gara garavan garay garcia garcés garcía garde gardiner
gardner garety garg gargallo gargan garibaldi garibay garica garland garmendia garner garnier
garobbio garozzo garraghy garrahy garret garrett garrido garriga garrihy garrison garrone garry
gartlan gartland garvey garvin garza garzoni garzón gascón gashi gaskin gaspar gasperi gastélum
gately gates gatto gaudin gaughan gauthier gautier gavaghan gavican gavigan gavin gay gaya
gaynard gaynor gaytán geany gearty geary gee geerling geerts geertsen geherty gehringer geisel
geisler geissler gelabert geldens gellemeyer gelli gemen gemito geneart genefaas gentileschi
gentili gentilini gentry geoghegan george georges georgescu gera geraci geraghty gerarghty
gerlach germain germano gerrits gerritse gerritsen gertz gervais gheorghiu ghoerle ghose ghosh
giacconi giacometti giammusso gianetti gianinazzi giannelli giannetti giannini giannone
giannotti giannuzzi gianvecchio gibb gibbon gibbons gibbs gibert gibilisco giblin gibney gibson
gierschner giess gifford gigli gil gilabert gilardoni gilbane gilbert gilbride gilchrist gildea
gilduff giles gilgunn gilhooly gill gillan gillen gilles gillespie gillet gillic gillick gillies
gilligan gilliland gillis gillooly gilmartin gilmore gilroy gilsenan gimenez gimeno giménez
giner ginese ginesio ginevan ging ginnitty ginnity ginty gioberti giolitti giorgetti giovine
giradello giralt girard giraud girona girschner girvan girón gisbert giselmeyer giulietti giunti
giusti givern glass glasses glavin glazier gleasure gledhill gleeson glenn glennon gloster
glover glynn gnatz gnodde goda godard goddard goderts godfrey godoy godínez goedhart goel goff
gogan gogarty goggin goicoechea gokhale gola golden golding goldoni goldrick goldstein gole
golgi golino golla gollan gollum gomes gomez gomila gomis goncalves gonzaga gonzales gonzalez
gonzalo gonzález gonçalves good goodman goodwin gopal gordillo gordon gore gorevan gorey gorham
gori gorlitz gorman gosselin goswami gottardi gotthard gotti goudriaan gough gould goulden
goulding gour govarts govoni goyal gozzano gozzi goñi grace gracia gradenigo grady graf graham
grahams grahn gramsci granado granados granatelli granath granberg grande granlund granström
grant gras grassi grasso grattan grau graves gravina gray grealish greally greaney greco greehy
greelish greely green greene greenwood greer gregersen greggio gregori gregorio gregory greig
greij gremese gren grenier grennan grewal grey griego grifeo griffen griffin griffith griffiths
grijalva grimani grimes grisoni gritti groarke groen groenendaal groenestein grogan grondel
grondin groogan groote gros gross grossi grover growney gruijl grégoire grönlund grönroos
gröttner guajardo gual gualandi gualtieri guarana guarato guard guardado guardia guardiola
guariento guarneri gubain gubben gucci gude guerin guerra guerreiro guerrero guevara guglielmi
guha guibert guicciardini guichard guidone guidotti guihan guijarro guilbert guilfoyle guillaume
guillen guillet guillon guillot guillou guillén guinan guinane guinevan guiney guinizzelli
guinnane guinness guiry guit guitart gulati gulbrandsen gullberg gullery gullotta gulotta gulyás
gumprich gundersen gunn gunnarsson gunning gunpf gupta gurule gussoni gustafsson gustavsson gute
guthrie gutierrez gutiérrez gutknecht guy guyon guyot guzman guzmán guérin gwynn gál gálvez
gámez gárate gáspár gérard gómez göransson gül gülen güçlü haack haapala haapanen haapaniemi
haas haase haataja haavisto hackett hadfield haengreve haering hagan hagberg hagen hagendoorn
haggerty haglund hagman hagström hahessy hahn haines haire hajdu hak hakala hakkarainen hakker
halder hale haley hall hallahan hallanan hallberg halley hallgren hallin hallinan hallissey
halloran halme halonen halpen halpin halvarsson halvorsen halász ham hamann hamel hamilton
hammar hammarström hammond hamon hampton hanafin hanbury hancock handa hande haneberg hanegraaff
haney hankard hanley hanlon hanly hanna hannah hanncard hannigan hannon hannula hanrahan
hanratty hans hansen hanson hanssen hansson hançer hara harahoe haraldsson haran hardie hardiman
hardin harding hardy hare haren hargadon hargan hargreaves hari haring harju harkin harkins
harley harloff harmon harnett haro harper harrell harrihy harrington harris harrison harry hart
harte hartigan hartikainen hartley hartman hartmann hartnett hartung harty harvey hasan haselaar
hassan hassett hastey hastie hastings hasty hatfield hatton hauffer haug hauge haugen haugh
haughey haugland hautala hautamäki havel haverinen haverty havlíček havlíčková hawe hawkins
hawthorn hay hayden hayer hayes haynes hayre hayrioğlu hays hayward hazenveld heaffy healey
healy heaney heaphy hearn hearne hearty heath heavey hebert hecker heckett hedberg hedderman
hedigan hedin hedlund hedman hedström heelan heenan heeney heere heerkens heerschop heffernan
hefferon heffron hegarty hegde hegedüs hegedűs heggarty hehir hehl heidrich heijman heijmans
heijmen heikkilä heikkinen hein heino heinonen heinrich heinrichs heintze heinz heiskanen hekker
helen helenius helery helgesson helin helland hellberg hellevoort hellgren hellman hellström
hellwig helmerhorst helminen hely hempenstall henck henderson hendricks hendriks hendrikse
hendrix hendry henebry heneghan henery heney henk hennebry hennelley hennelly hennessey hennessy
hennigan henningsson henriksen henriksson henriques henry henríquez henschel hensley henson
hentschel hepburn hepenstall heraghty heras heraty herbert herd heredia hereward hering herity
herlihy herman hermann hermans hermansen hermansson hermighausen hernandes hernandez hernando
hernon hernádez hernández heron herranz herrera herrero herring herrmann hertrampf hervia hervás
hervé heser heskin heslin hess hesse hession hester hethur hettner heuser hever hewitt hewson
hexspoor heydrich heymans heyne hickey hickman hicks hidalgo hierro hietala hietanen higgins
higueras hilary hill hillen hiller hillery hilliard hills hilton hiltunen hines hinney hinojosa
hinton hirvonen hishon histon hjalmarsson hjelm hjort hoarau hoare hoareau hoban hobbs hodge
hodges hodgson hodnett hodson hoedemakers hoeks hoekstra hoelen hoes hoey hoffman hoffmann
hofman hofmann hogan hogg hokkanen holappa holdaway holden holder holgersson holguín holland
hollander hollins holloway hollywood holm holmberg holmes holmgren holmqvist holmström holohan
holopainen holst holsten holt holthuis holub holubová holzapfel honan hondeveld honing honkanen
hood hoogers hook hooper hoover hope hopkins hoppenbrouwer hora horan hore horgan horn horne
hornich hornig horrocks horton horváth horváthová horák horáková horáček horáčková hosae hosey
hoskins hosseini houdijk hough houghton houlihan hourican hourigan hourihane house houston
howard howarth howe howell howells howley hoyos hoz hrubá hrubý hruška hrušková huang hubbard
huber hubert huberts huddleston hudson huel huerta huertas huet huff huffman hughes huguet huhn
huhtala huijben huijbrechts huijs huijzing huisman hull huls hulshouts hulskes hulst hult
hultgren hultman humbert hume humphrey humphreys humphries hunt hunter huotari huovinen hurd
hurley hurst hurtado hussain hussein hussey hutchinson hutchison hutton huttunen huurdeman
huuskonen huynh hyde hyland hyman hynes hyttinen hytönen hyvärinen hyvönen hájek hájková hägg
hägglund häggström häkkinen hämäläinen hänel hänninen häring härkönen håkansson höfig högberg
höglund hölzenbecher höning hörle hövel hübel iacobucci iacovelli iadanza iago iannelli iannotti
iannucci iannuzzi ibarra ibañez iborra ibrahim ibáñez iglesia iglesias igoe ihalainen ikonen
illés imbert immonen impastato infante infantino inglis ingoldsby ingram ingvarsson iniesta
innocenti interiano interminei interminelli inzaghi ionescu ioniță ioppi iqbal ireland iriarte
irizarry irvine irving irwin isaksen isaksson isern ismail israelsson issa issac ivarsson ivers
iversen ivory iyengar iyer izaguirre izquierdo iñiguez i̇hsanoğlu i̇nönü jaakkola jaatinen
jaceps jackman jackson jacob jacobi jacobs jacobsen jacobson jacobsson jacques jacquet jacquot
jacuzzi jafari jaggi jaime jaimes jain jakab jakobsen jakobsson jalonen james jameson jamieson
janda jandová janečková jani jans jansdr janse jansen jansse janssen janssens jansson jara
jaramillo jarl jaroš jarošová jarvis jasso jauhiainen jaume jayaraman jaén jdotte jean jefferies
jefferson jeffries jeggij jekel jellyman jelínek jelínková jenkins jennings jensen jenssen
jeppesen jeppsson jepsen jerez jerusalem jespersen jessel jessen jesus ježek ježková jha jhaveri
jilani jiles jimenez jiménez jimínez jochems jockel joe johal johann johannessen johannesson
johansen johansson john johns johnsen johnson johnsson johnston johnstone jokela jokinen joly
jonasson jones jonker jonkman jonsson joosten jopich jordan jordá jordán jorlink jorrisen
josefsson joseph joshi joubert jourdan jove jover jovinelli joyce juan juarez judd judge juhlin
juhász julien juliá julián junck juncken jungfer junitz junk junken juntunen jurado jurrijens
jussila juvara juvonen juárez jáquez jáuregui jähn jäkel jäntsch jäntti järvelä järvenpää järvi
järvinen jääskeläinen jódar jónás jönsson jörgensen jørgensen jüttner kabus kadakia kade kadlec
kadlecová kaikkonen kainulainen kaiser kakar kala kale kalita kalla kallen kallert kallio kalman
kambs kamdar kamp kamper kanda kane kanerva kangas kangley kankaanpää kannan kant kantola
kapadia kapoor kapur kar kara karadeniz karan karels karge karhu karhunen kari karjalainen
karlberg karlsen karlsson karlström karnik karpe karppinen karttunen karvinen karvonen karz kas
kashyap kata kathagen katona kaufman kaul kauppila kauppinen kaur kavanagh kay kašpar kašparová
keady kealey keally kealty kealy keane keaney keany keapock kearney kearns keary keating
keaveney keaveny keeffe keegan keehan keelan keeley keely keenaghan keenahan keenan keeney keer
keery keevers kehoe keightley keijser keijzer keinänen keith kelemen kelleher keller kelley
kelly keltenie kelvey kemp kemppainen kendall kenlan kenlon kenna kenneally kennedy kennellan
kennelly kenny kensy kent keogan keogh keoghan keoghane keohan keohane keown kerekes kerin
kerins kerkhof kerley kerlin kermody kernan kerney kerr kerrigan kerrisk kerville kerwick
keränen keskinen keskitalo ketel ketola ketting kettunen keudel kevane keville key keyes khalil
khalsa khan khanna khare khatri khosla khurana kibe kidd kidney kiely kieran kierane kierans
kiernan kilawee kilbane kilbride kilcoyne kilday kildea kilduff kilfoyle kilgallen kilgallon
kilhooly kilkenny killeen killer killilea killooly killoran killoughry kilmartin kilmore
kilpeläinen kilroe kilroy kim kinaghan kinahan king kingston kiniry kinlan kinlen kinnane
kinnear kinnegan kinner kinnerk kinney kinnon kinnunen kinny kinsella kirby kirk kirke
kirpenstein kirwan király kis kisman kiss kissane kitson kitzmann kiuru kivelä kivimäki kivinen
kiviniemi kivistö kjeldsen kjellberg kjær klapp klasson klausen kleibrink kleijse klein klemm
klemt klerks kleybrink kline kling klingelhöfer kloppert klotz knapp knappe kneafsey knight
knoers knowles knox knudsen knuf knutsen knutsson kobelt koch kocsis koeman kof kohl kohli
koistinen koivisto koivula koivunen kok kokko kokkonen kolehmainen kolen kolster kolář kolářová
komulainen konda konečná konečný koning konings konttinen kopecká kopecký koponen koret korhonen
korpal korpela korpi korsman korstman kort kortelainen kortman korutürk koshy koskela koski
koskinen kosonen kosten koster kostolzin kota kothari kovanen kovács kovář kovářová kozma krabbe
kramer krantz kranz kratochvíl kratochvílová kraus krause kraushaar krausová krebs krein
krejčová kremer kreusel kriens krish krishna krishnamurthy krishnan kristensen kristensson
kristiansen kristiansson kristoffersen kristoffersson krogh kroker kronenberg krueger kruns
kruschwitz král králová kubíček kubíčková kuhl kuijpers kuilenburg kuiper kuipers kuisma kuit
kujala kukkonen kulkarni kulmala kumar kumer kumpulainen kunda kunen kuosmanen kurian kurki
kuronen kuruvilla kusch kuusela kuusisto kučera kučerová kvist kwaadland kyllönen kyne kähkönen
källström kämäräinen kärki kärkkäinen käster köhler köster kühnert kısakürek kříž křížová
laakkonen laakso laaksonen labado labbé laboy lacey lachmann lacombe lacroix lacy lad ladeck
lafferty laffey laffray lafleur lagarde lage lagerweij lago laguna lahey lahiffe lahti lahtinen
lahy laiho laine laing laitinen lakatos lal lala lall lalla lally lalor lam lamas lamb lambe
lambers lambert lamborghini lambregt lammas lammi lamont lamore lamotte lampinen lamy lancaster
lancisi landa lande landers landin landry landström landy lane lanfranchi lang langan lange
langern langevoort langlois lanigan lanka lankinen lankle lansink lantz laporte lappalainen
lappin lara lardner largan largey larkin laroche larrañaga larrea larsen larson larsson lasa
lassen lassila lastra lata lathrope latier lattuada latvala laukkanen launay laureano laurenson
laurent lauridsen laurila lauritsen laursen lavan lavell lavelle laverty lavery lavin law
lawless lawlor lawrence lawson leach leacy leahy leal learmonth leary leavey leblanc lebon
lebreton lebrun lebrón leclerc leclercq lecomte leconte lecoq leddin leddon leddy ledesma ledoux
leduc ledwich ledwith lee leech leen leene leeney lees lefebvre lefort lefèvre legendre legnante
legrand legros leguit lehane lehikoinen lehmann lehtimäki lehtinen lehto lehtola lehtonen leino
leinonen leite leiva lejeune leland leleu lelijveld lelièvre lemaire lemaître lemmens lemoine
lemonnier lemus lenaghan leneghan lenehan lengyel lenihan lennane lennartsson lennon lenoir
lensen leon leonard leonardi leoncavallo leone leonetti leopardi lepistö leppänen lercari lerma
lerner leroux leroy lesage leskinen leslie lester letellier lether letta lettiere levan levesque
levin levine levy lewis leyden leydon leyva leão león liddane liddy lidström lidén lie liebelt
lien lieshout ligorio ligtvoet liguori liimatainen lijn lilja liljegren lillis lillo lima limón
lin linares lincoln lind lindahl lindau lindberg lindblad lindblom linde lindell linder lindfors
lindgren lindh lindholm lindkvist lindmark lindner lindquist lindqvist lindroos lindsay lindsey
lindskog lindström lindvall lindén linehan linke linna linnane linny linschoten linskey linton
lippomano lipponen lips lira liston littizzetto little liu liukkonen liverotti livingston liška
lišková ljung ljungberg ljunggren ljungqvist llabrés lladó llamas llano llanos lledó llobet
llopis llorens llorente lloret lloyd lluch lobato lobo loep loera loftus logan loghan logue
loiseau loke lollobrigida lombard lombardi lombardo lombroso lomeli lommert london lonen
lonergan long longan longhena longoria looney loos lopes lopez lopresti lorch lord lordan loreal
loredan lorenzo lorreijn losa losada losekann loughlin loughnane loughran loughrey loughry louis
loureiro lourenço louws lovato love lovett low lowe lowery lowney lowry loya loyal lozada lozano
luboch lucarelli lucas lucchesi lucciano lucena lucero lucey luciani lucid lucio lucitt luddy
ludovisi luevano lugo luján lukács lumbreras luna lund lundberg lundblad lunde lundell lundgren
lundh lundholm lundin lundkvist lundmark lundon lundquist lundqvist lundström lunham lunney
lunny luoma lupo luque luria lussu luster luthra lutterveld lutz luukkonen luxardo luz luzi luís
lyden lydon lynch lynchechaun lynchehaun lyne lyng lynn lynskey lyon lyons lysaght lászló
lähteenmäki léger lévy lévêque lópez löchel löf löffler löfgren lönn lövgren löwer lübs maas
maaswinkel macadoo macaleavy macallen macaloon macanally macart macarthur macauley macbreen
macbride maccaffrey maccanelli maccann maccartan maccarthy maccarville macclenaghan maccole
maccomisky macconachy macconnaghy maccool maccormack maccurtin macdermott macdevitt macdonagh
macdonald macdonnell macdougall macdowell macdwyer macdyer mace macedo macegan macelgunn macever
macevoy macfadden macfall macfaull macgee macgeehan macgill macgilligan macging macginley
macginnitty macginnity macginty macgloin macglynn macgovern macgreal macgroarty macguinness
macgurk mach machado machale machenry machová machugh macháček macháčková macias macinerney
macinnes mack mackay macken mackenna mackenzie mackeown mackesey mackevitt mackey mackle maclean
maclysaght macmahon macmillan macmonagle macmorrow macmullan macmullen macnabb macnaboe
macnaboola macnally macnamara macnamee macneela macneill macnelis macnulty macpherson macphilbin
macrea macshea macsweeney mactiernan macveagh macveigh macwilliams macías madan madden maddock
maddox maddy madera maderna maderno madigan madrid madrigal madsen maestas maestre maffei
magalhães magan magann magar magauran magaña magee mageean magennis magennity maggioli magill
maginn maglio magnani magnusson magrassi magrath maguire magyar mahajan mahal maharaj mahe
mahedy maher mahieu mahmood mahon mahoney mahony maia maillard maillet maillot majewski major
majorana majumdar makkonen malacarne malaparte malatesta malave maldonado malenchini malhotra
malinen malipiero mall mallet malley mallick mallien mallon malm malmberg malmgren malmqvist
malmström malo malone maloney malowney malpighi malá malý mammen manacorda manahan mancebo
mancini mand manda mandal mander mane mangal mangan mangat mangel mangold mani manjón manley
mann mannan manne manninen manning mannion mannix mannoia manole manolesso manrique mans mansell
mansfield manso manson mansveld mansvelt mansız mantegazza mantegna manuel manunta manzanares
manzano manzoni manço mara marangoni marazzi marcacci marceron marchal marchand marco marconi
marcos marek marenzio mares mareš marešová marfell margraf marie marin marinetti marini marino
marion mariscal mariño markey markham markkanen marklund marková marks marley marnan marques
marquez marqués marren marrero marrinan marron marrone marroquín marry marsden marsh marshall
marsili martel martens marti martikainen martin martineau martinelli martinez martins martinsen
martinsson martorell marttila marttinen martucci marty martyn martí martín martínez mary
marzorati maréchal marí marín mas mascagni mascareñas mascaró mascheroni mason maspero massa
masse massey masson mastandrea master masterson mastroianni mata matas mate mateo mateos mater
mateu matheson mathews mathiasen mathiesen mathieu mathis mathisen mathol mathurin matias
matikainen matilainen matos matoušek matoušková mattarella matteotti matthews matthäi mattila
mattsson matías matějka matějková maughan maurice maury maxwell may maya maye mayer maynard mayo
mayol mayoral mayorga mays maza mazilescu mazzacurati mazzanti mazzeo mazzi mazzini mazzocchi
mašek mašková mcadams mcaleavy mcaleenan mcaleer mcalinney mcalister mcaloon mcalunny mcanally
mcandrew mcanulty mcardle mcareavey mcatee mcateer mcauley mcauliffe mcaveigh mcbreen mcbride
mcbrien mccabe mccadam mccadden mccafferky mccafferty mccaffrey mccaffry mccahill mccall
mccallion mccallum mccann mccardle mccarney mccarra mccarron mccartan mccarte mccarthy mccarty
mccarville mccaughan mccaughey mccaul mccauley mccausland mccay mcclain mcclean mcclelland
mccloskey mcclure mccluskey mccolgan mccoll mccollam mccomiskey mcconaghey mcconaghy mcconnell
mcconnon mccooey mccool mccorkill mccorley mccormick mccorry mccourt mccoy mccracken mccrann
mccrea mccready mccreanor mccrory mccrossan mccrudden mccullagh mccullough mccumiskey mccumisky
mccurdy mccurley mccurtin mccusker mcdade mcdaeid mcdaid mcdaniel mcdermod mcdermott mcdevitt
mcdonagh mcdonald mcdougald mcdowall mcdowell mcdunphy mcdwyer mcdyer mcelduff mcelgunn
mcelhattin mcellistrim mcelnay mcelnea mcelroe mcelroy mcelwaine mcelwee mcenaney mceneaney
mcenry mcentaggart mcentee mcevaddy mcevilly mcevoy mcewen mcfadden mcfall mcfarland mcfarlane
mcfaull mcgahey mcgalligly mcgann mcgarraghy mcgarrigle mcgarry mcgarvey mcgauran mcgaw mcgeady
mcgee mcgeehan mcgeoghegan mcgeown mcgerr mcgettigan mcgettrick mcgill mcgillicuddy mcgilligan
mcgilly mcgilroy mcginley mcginnitty mcginty mcgirl mcgirr mcgivern mcglinchey mcglinchy mcgloin
mcglynn mcgoff mcgoldrick mcgonagle mcgough mcgourty mcgovern mcgowan mcgowern mcgrane mcgrath
mcgreal mcgregor mcgrenehan mcgroarty mcgrory mcgruddie mcgruddy mcguigan mcguill mcguinn
mcguinness mcguire mcguirk mcguirl mcgurk mchale mcharry mchenry mchugh mcildownie mcilroe
mcilroy mcilwee mcineely mcinerney mcinnes mcintosh mcintyre mcisaac mcivor mckaigue mckay mckee
mckeegan mckeever mckelvey mckendry mckeniry mckenna mckenny mckenzie mckeogh mckeon mckeown
mckernon mckevitt mckie mckiernan mckillop mcking mckinley mckinney mckinnon mcknight mclachlan
mclaughlin mclaverty mclean mcleer mcleese mcleigh mcleod mcloon mcloone mcloughlin mcmacken
mcmahon mcmanaway mcmanus mcmaster mcmenamin mcmillan mcmonagle mcmorrow mcmullen mcmurray
mcmurrough mcnabb mcnaboe mcnally mcnamara mcnamee mcnaughton mcnea mcnealy mcnee mcneely mcneil
mcneill mcnelis mcnevin mcnicholas mcnicholl mcnill mcnulty mcpartland mcpartlin mcpartlon
mcpherson mcphilbin mcphillips mcpolin mcquade mcquaid mcqueen mcquilkan mcquillan mcquillen
mcquin mcquinn mcrann mcready mcroarty mcrory mcshane mcsharry mcsheehy mcteague mcternan
mctiernan mctigue mcveagh mcveigh mcvicker mcvitty mcwalter meadows meads meaghan meagher meaney
meany meara mears medici medina medrano mee meehan meenaghan meenan meeres meeusen megaw mehigan
meijer meis meister mejia mejía melady melander meldon melendez melero melet melgar melia
melican melin mellet mellon mellor melo melody melton melville melvin meléndez memon mena menard
menchaca mende mendes mendez mendizábal mendonça mendoza mendès menendez mengolo mennea menon
mens menton mentzel menéndez meraz mercadante mercader mercado mercalli mercantini mercati
mercer merchant mercier mercks merckx meredith meriläinen merino merisi merkx merle mernagh
merrigan merritt merry mesa mescall meskill metcalfe metella metz meucci meunier meyer meyers
meza mezei mezzetta miah micca michael michaud michel michelangeli micheletti michiels
michielsen middelkoop middlemiss middleton mielcarek mies miettinen migliaccio miguel mijsberg
mikkelsen mikkola mikkonen milanesi miles miley milla millar millard millea miller millet
millican milligan mills millán milmo milne milroy miltenburg mimun miner minhas miniati minihan
minihane minogue mir miralles miramontes miranda mireles miró miscell mishra misicher miskell
misra missoni mistry mital mitchell mitra mitschke mittal mitter moan moberg mocanu moccia
mocenigo modi modiano modig modigliani modugno mody moe moen moenen moensendijk moet moffatt
moffit mogensen mogherini mohamed mohammad mohammadi mohammed mohamud mohan mohanty mohaupt
moher moilanen moisio mojica mol molegraaf molen molenaar moles molesini molin molina moliner
molins moll molloy molnár moloney molyneux momberg monaco monaghan monagle monahan mondadori
mondaini mondragón monduzzi moneta mongan monicelli monk monks monnier mononen monreal monroe
monroy montague montalbán montalcini montalti montalvo montanari montanariello montanelli
montaña montañez montaño monte montecchi monteiro montemayor montenegro montero montes montesano
montesinos montessori monteverdi montez montgomery monti montoya montserrat moody moon moone
mooney moore mora morabito moraes morahan morais moraleda morales moran morandi morandini
morante morar morata moravcová moravec morcillo more moreau moreira morel morell morellato
moreno morera moresi moretti morgagni morgan moriarty morillo morin morlacchi morley mornane
moroney morosini morpurgo morricone morrin morris morrison morrissey morrocco morrow morse
mortati mortensen mortimer morton morucci morvan morán moschino mosemann moses mosley mosquera
moss mota moulin mountain moura moy moya moyer moylan moynihan mozart mudden mude mudgway
mueller muhonen muijs muir mukherjee mukhopadhyay mulcahy mulcair mulder mulders muldoon
muldowney mulet mulgrave mulgrew mulhare mulhern mulkerrin mullaghan mullaly mullan mullane
mullaney mullany mullarkey mullen muller mullery mulligan mullin mullins mullooly mullooney
mulloughney mulloy mulqueen mulqueeny mulrain mulrooney mulroy mulry mulryan mulvany mulvenna
mulvey mulvihill mulvin mulvy munari munguía muni munnelly munoz munro munroe munshi mur murae
muratori murcia murdoch murialdo murillo murnane murnin muro murphy murray murri murrihy murtagh
murthy murty musatti musil musilová mustafa mustonen muti mutti muñiz muñoz myers myhre
myklebust myles myllymäki mármol márquez márton máté mäenpää mäkelä mäki mäkinen mälzer männistö
mäntylä määttä månsson mårtensson méndez mészáros mínguez möchlichen möller møller múgica múñiz
mühle mülichen müller müllerová naccari nadal nadi nadig nadkarni nagar nagarajan nagi nagle
nagy naidu naik nair nallon nally nalty nanda nangle napolitano narain narang naranjo narasimhan
narayan narayanan narula narváez nary nascimento naser nash natarajan nath natt natta naughton
nava navarrete navarria navarro navas navone navrátil navrátilová nayak nayar naylor nazareth
nazario nea neal nealon neary nebot necci nedermeijer nee needham neehan neelan neelin neenan
negrete negrón neilan neilian neill neilson neira nek neligan nelis nelson nemes nemeș nerger
nestor neto nette neureuther neuschäfer neuteboom neuzerling nevado nevala nevalainen neves
neveu neville nevin nevárez newman newton neylon nguyen nibali nicholas nicholls nichols
nicholson nicol nicolas nicolau nicoletti nicolini nicolucci nicolás nielsen niemeier niemelä
niemi nieminen niermann nieto nieuwstraten nieves nievo nigam niggli nihoe niiranen nijman
niklasson nikula niland nilsen nilsson niscoromni niskanen nissen nissinen nistor nitti nitto
nixon niño niță nnamani noack noble nogueira noguera nogués nohlmans nolan nolcini nollee nolty
nonis noonan noone noordijk norberg norbiato nord nordberg nordgren nordin nordio nordlander
nordlund nordqvist nordström norgren nori noriega norlin norling norman normand norris norrman
norry north norton norén nosiglia notarbartolo nousiainen novaes novais novak novaro novoa
novotná novotný novák nováková noël nugent nugnes nulty nunes nunez nunne nurmi nurminen
nuutinen nuñez nyberg nygren nygård nyhan nykänen nylander nylund nylén nyman nyström nájera
näslund næss németh nørgaard núñez němcová němec němeček němečková oak obasanjo obi obrien
ocampo ocasio ocaña ochoa oconnell oconnor oda oderwald odescalchi odom odonnell oemencs oennen
oestrovsky offredi ogunleye ohlsson oikarinen oinonen ojala ojanen ojeda ojo okafor okonkwo
oksanen olander olausson olawale olesen oliboni oliva olivares olivas oliveira oliver olivera
oliveras olivetti olivier olivo olivárez olivé oller ollikainen ollila ollivier olmedo olmo
olmos olofsson olsen olson olsson olthof olvera olykan oláh omar omma oneal oneill onio onisto
ontiveros oommen ooms oosterhek oosterhout oostveen opizzi opmans oprea oquendo orbán orchard
ordóñez orellana orengo orlando ormsby ornelas orosco orosz orozco orr orsini orsós orta ortega
ortese ortiz ortmann ortolani ortuño osborn osborne oscuro oshodi oskarsson osman osorio ossani
ossola osterhoudt ostinelli osuna otero otte ottino otto ottosson ouwel ouwerkerk ovadia
overdijk overeem overgaard oversteeg owen owens oyekan oza ozuna paananen paavilainen paavola
pablo pabón pace pacelli pacetti pacheco pacillo pacomio padden padilla padmanabhan padovano
padrón paffrath paganini page pages pagliaro pagnotto pagès pai paillet paiva pajunen pakarinen
pal palacio palacios palan palau palazzo pall palla palladio pallarès palm palma palman palmer
palmgren palmisano palmqvist palomar palomares palombi palomino palomo palomäki paltrinieri
palumbo panatta panchal pandey pandit pandya paniagua panicucci pant pantoja panzera paoletti
paolini paolucci pap papafava papetti papp pardo paredes pareja parejo parekh parent pareto
parikh parini paris parisi park parker parkes parkin parkinson parkkinen parks parmar parmer
parmitano parpinel parra parri parrish parry parsa parsons partanen partida paruta parviainen
pasanen pascal pascarella pascual pasman pasolini pasqua pasquier passalacqua passchiers pastine
pastoors pastor pataki patberg patchett patel paten paterson pathak patil patiño patla paton
patrick patterson patton pau paul paulsen paulsson pausini pauwels pavanello pavarotti pavlík
pavlíková pavlíček pavone pavón payet payne paz pazos peacock peano pearce pearson pechel peck
pederiva pedersen pedersoli pedraza pedrazzini pedrero pedro pedroni pedrosa pedroza peeters
pehkonen peinado peiró peixoto pekkala pekkarinen pelayo pelkonen pellegrini pelletier pelli
pellicer pellico peltier peltola peltonen peltoniemi peláez pena pender pennanen pennetta
pennington penttilä penttinen pepe pera peral perales peralta peranda perano perck perea pereira
perelló perera peres perez pergande pergolesi peri perini perkins peron peronne perozzo perret
perri perrier perrin perrono perrot perry persico persijn persson pertile pertini peruzzi perälä
pesonen peters peterse petersen peterson petersson petit petitjean petralli petrassi petrocelli
petrová petrucci petrucelli petruzzi pettersen pettersson petty peukert peyton pezzali peña
peñalver peñas pešková pham phayre phelan phelps philban philbin philippe phillips phillipsen
piacentini piane piazzi picard piccinni piccio pichardo pichon pickering pieper pierce pierre
pierson pieters pietilä pietrangeli pigafetta piggott pignatti pigott pihl piirainen pike pillai
pillay pimenta pina pinamonte pincherle pinder pineau pineda pinedo pingle pinheiro pinho
pinilla pininfarina pino pinto pintor pintér piovani piquer pirandello pirelli pires pirinen
pisacane pisani pisano pisaroni pison pistoletto pitkänen pittman pitts pizarro pizzamano
pizzetti pizziol pizzo piña piñeiro piñol pla plana planas plath platini plaza plover poerio
pohjola pohl poirier pokorná pokorný pol polanco poland polani polesel polizzi pollard polo
polák poláková pomares pombo pometta ponce poncelet ponci pons pont pontecorvo ponti poole pop
popa pope popescu porcel porcellato porras porta porter portero portillo porto porzio posada
pospíšil pospíšilová post postma potier potter potters pottier potts pou poulain poulsen powell
power powers poza pozo pozuelo pozzecco prabhakar prabhu prada pradhan prado praga prakash
prasad prashad prat pratesi prati prats pratt preciado preda preiss prendergast prentice preston
prial price priego priest prieto prince pringle prins prinsen pritchard priuli procacci
procházka procházková procter proctor prodi proietti prokop prouse pruitt pruschke pruvost pryal
prévost pucci puccini puente puerta puga pugh pugliese puglisi puhakka puig pujadas pujol pulci
pulido pulkkinen puranen purcell puri purohit putz puustinen pușcașu páez pál pásztor pärtzelt
pääkkönen pålsson pérez péter pölitz pöllänen quaide qualter quasimodo queally queenane querini
quero querol quesada quevedo quezada quigley quigney quill quillinan quilty quin quinlan
quinlivan quinn quinney quinny quintana quintanilla quintero quirke quiroga quiroz quirós
quiñones quiñónez raatikainen rabbitte rackham rademaker radhakrishnan radisch rael rafferty
rafter raftery raftis raghavan rahilly rahman rai raight rails raimondi raj raja rajagopal
rajagopalan rajala rajan raju raleigh ram rama ramachandran ramaker ramakrishnan raman
ramanathan ramaswamy ramazzotti ramesh ramirez ramis ramos ramsay ramsey ramírez ramón rana
randall randazzo randhawa randles randolph raney ranganathan rangel ranta rantala rantanen rao
raol rapisardi rascón rask rasmussen rastelli rastogi ratta rattan ratti rattigan rau rauhala
raurica rautiainen rautio ravaglioli raval ravel ravi ravn rawley ray raya rayel raymond raynaud
rayner razo rea read reade reader real reardon reavy rebollo recer recers recio reddin reddy
redi redican redmond redondo reed reen rees reese reeves regalado regan rege regge regnier
reguera rehn rehorst reichmann reid reidy reig reijers reilly reimes reina reinhardt reinikainen
reis reising rek remmers renard renaud renault rendón renehan renier renner rensi rentería renzi
repo requena respighi reséndez reuter revilla rey reyes reyna reynaud reynell reynolds
reynoldson reynoso rezende rhatigan rhattigan rhodes riba ribas ribeiro ribera ribes ricart
riccardi riccati ricci ricciardi rice rich richard richards richardson richey richie richmond
rickard rico ricolfi ridder riddle ridge riehl riem rienzo riera rietveld riggs righi rigney
riihimäki riikonen rijcken rijks rijn rijntjes riley rinaldi rincón riney ring rinn rinne
rintala riojas riordan rios riou ripoll rippey riquelme risma rismondo rissanen ritacca ritchie
ritter rius rivas rivera rivero rivers rivière rizzo rizzoli roach roache roarke roarty robb
robbins roberson robert roberts robertson robertsson robeson robin robinson robledo robles
robson roca rocamora rocca roccabonella rocha roche rocher rock roda rodarte rodden roddy roden
rodgers rodrigo rodrigues rodriguez rodrígez rodríguez rodríquez roe roero roessink roger rogers
rogerson rogge rogner rohan rohleder roht roig rojas rojo roland roldan roldán rolland rollins
rolón roma romagnoli roman romano romero romeu romijn romiti romo román ronan ronayne roncalli
ronkainen roodesteijn room rooney roos roose roosenboom ropero roque ros rosa rosado rosales
rosario rosas rose rosell roselló rosemann rosenberg rosengren rosenow rosenqvist rosiello
roskoth rosmini ross rosselli rossellini rosselló rossetti rossi rossini rossiter rosén roth
rotteveel roukes roura rourke rousseau roussel rousselet rousset rout rouwenhorst rouwhorst roux
rovira rowan rowe rowland rowlands rowley roy roybal royer royo rozas ruane ruano rubben rubbia
ruberto rubio rudden ruddy rudkins rudolph rueda ruelas ruffini ruggeri ruggieri ruijs ruiz
ruotsalainen ruppersberger ruppert rush russell russo rust rusticucci rutherford rutten ruud
ruuskanen ryan rydberg ryder rydén ryle rynn rynne rytkönen ryynänen rácz rädel räisänen räsänen
räty rémy río ríos ródenas röhrdanz röhricht römer rönkkö rörricht rønning růžička růžičková
saarela saari saarinen saastamoinen saavedra sabater sabatini sabbatini sabharwal sachar sachdev
sachdeva sacristán saez saffi sagar sager sagese sagnelli sagredo saha sahlin sahni sahota said
saini sainio sainz saiz sakarya sala salamanca salandra salas salata salazar salcedo salcido
saldaña saldivar saleh sales salet salgado salgari salieri salinas sallinen salmela salmerón
salmi salminen salmon salo salom salomaa salomonsson salonen salvador salvemini salvi salvini
salvo salvà salz sam sama samaniego samele sami sammon sampaio sampath samper sampson samra
samson samuelsson sanabria sanches sanchez sancho sandal sandberg sandell sanders sanderson
sandgren sandhu sandi sandin sandoval sandström sandvik sane sanford sangha sanghvi sanguineti
sani sanjuan sankar sankaran sanmartín sanmiguel sans sansoni sant santacruz santamaria
santamaría santana santi santiago santillán santorio santoro santos sanudo sanz saors sarabia
saraceno saracino saraf saragat saran sarin sarkar sarma sarmiento sarna sarneel sarraf
sarsfield sas sastre sastry sathe satherley satriani satta sauceda saucedo sauer sauli saunders
saura sauro sauvage savage savant savolainen savorgnan sawhney sawyer saxena saxo sayers
sbarbaro scaduto scalera scalfaro scallan scallon scally scamarcio scandone scanlan scanlon
scannell scaramucci scardino scarfoglio scarlatti scarpa scarpetta scarponi schaaf schacht
schaefer schagen schakelaar scharroo schatteleijn scheel scheer scheffers scheibe schellekens
schelvis schenk schenkel scherms scheuermann schiaparelli schiavo schiavone schicchi schiffer
schilt schinke schipper schleich schlosser schmidt schmidtke schmiedecke schmiedt schmitt
schneider schofield schokman scholl scholten scholtz scholz schomber schotte schottin schou
schouten schrant schrik schroeder schroeff schuchhardt schulten schultz schulz schuster
schuurmans schuylenborch schwartsbach schwartz schwass schweitzer schwital schäfer schönland
schüler scialpi scollan scott scotti scotto scriven scullion scully scuylenborchs seally sealy
searle sears sebastián seco sedano seddio sedlák sedláková sedláček sedláčková seery segarra
segebahn segerson segersun segerszoen segni segovia segrè seguin segura seguí sehgal seidel
seifert seip sekhon selin sellers sem semitecolo sen sengupta seppä seppälä seppänen sepúlveda
serao serlupi sermonti serna serra serraglio serrano serrato seshadri sestig seth sethi setrick
setty seven sevilla sevillano sexton seymour sezer sezgin sforza sgalambro sgarbi sha shaffer
shaffrey shah shailer shan shanahan shand shankar shanker shanley shannon shanny sharaf sharkey
sharma sharp sharpe sharry shaughnessy shaw shea sheahan sheane sheedy sheehan sheehy sheeran
sheerin sheil sheilds shelton shenoy shepard shepherd sheppard shere sheridan sherlock sherman
sherry sheth shetty shevlin shiel shields shiels shine short shortt shroff shukla shupe sibal
sibilia sidhu siering sierra siffredi sigerson sihvonen silk silke sillanpää silva silveira
silvennoinen silvestri simeoni simmon simmonds simmons simola simon simonen simonis simons
simonsen simonsson simpson sims simó simões sinan sinclair singh singhal singleton sinha sinisi
sinnott sipilä sipos siqueira sire sirviö sirén sismondi sisneros sitters sivertsen sixtus
sjöberg sjöblom sjödin sjögren sjöholm sjölander sjölin sjölund sjöstedt sjöstrand sjöström
skally skeahan skeffington skehan skelly skinner skivington skog skoglund skoog skov sköld
slaetsdochter slagmolen slamon slater slattery slavík slavíková slevin slingerland sloan sloane
slowey slyne small smart smeets smirnoff smit smith smits smullen smyth smythe snow snyder
soares sobrero sobrino soderini sodhi soffici soini soininen sokolov sola solana solanki solano
solari solberg soler solera solheim solimena solis soliz sollima solomon solorio solorzano
solsona solé solís som soman somers sommaruga somogyi somoza soni sonnino sontag sood soolaghan
soos soper soprano soranzo sordi sorgatz soria soriano sorrentino sosa sotelo soto soukup
soukupová sousa southee souza sowman soylu soós spaan spadafora spain spallanzani spanevello
spanhaak sparks spears speer speijer spelman spence spencer spenser speri spier spies spiess
spiker spillane spinelli spinola spreeuw sprong spruit spruyt squarcione sraffa sridhar srinivas
srinivasan srivastava stace stack stadelmann stafford staglieno stahr stamrood stan stancu
stange stanley stanton staněk stapleton stark staude staunton staňková steckel steed steele
steen steenbakkers steenbeek steer stefanelli steffensen stein steinberg steinmeiern stejskal
stejskalová stenberg stenlund stenson stenström stephens stephenson sterkman stettyn steuer
stevens stevenson steward stewart stey stichter stiebitz stiffel stinis stoffel stoffelsz stoica
stoices stokes stoll stolze stone stook stoppani storey storladi storm story stout stradivari
strand strandberg strangio stratford stratton strawbridge street strickland strid striebitz
strijker strik strnad strnadová stroh strong ström strömberg strøm stuart stubbs stucchi
stuivenberg stumpf ståhl stănescu suarez subramaniam subramanian suciu sugrue suhonen suijker
sule sullivan summers summerville sundaram sundberg sundell sunder sundin sundqvist sundström
suomalainen suominen supple sur sura sureda suresh suri surian sutinen sutton suárez svahn
svanberg svantesson svedberg svendsen svensson svoboda svobodová svärd swaminathan swamy swanson
sweeney sweeny swift swords sykes symons synnott syrjälä szabó szalai szekeres szilágyi székely
szücs szőke szűcs sáenz sáez sánchez sándor sárközi säuberlich sæther söderberg södergren
söderholm söderlund söderman söderqvist söderström söding sölzer sörensen søndergaard sørensen
süssebier sýkora sýkorová tabacu taboada tacchini taccola tafoya tafuri taggart tagliafierro
tailor taipale tait tak takala takkelenburg takács talavera talbot taliani taliercio talwar
tamarit tamayo tamborini tamburello tamburi tamburini tamez tammerijn tamminen tamsma tamás
tandon taneja tangen tangney tanguy tank tanner tansey tanskanen tanzini tapia tapp tara
tarantini tarantino tarchetti tarhan tarpey tartaglia tartini tarvainen tasca taskinen tasso
tassoni tata tate tavares taylor teahan tebaldi techer tedesco tehan teixeira tejada tejeda
tejedor tejera tejero telesio tella tello tena tencalla tenorio ternan terragni terrazas terrell
terry terrón teruel tervo terán tesař tessier teunissen tevetoğlu texier textor thaker thakkar
thakur thaman thanel thatcher thibault thierry thies thom thomas thomassen thompson thomsen
thomson thor thornton thorpe thorsen thorén thout thulin thygesen tiainen tichá tichý tielemans
tiepolo tiernan tierney tiihonen tijerina tikka tikkanen tillmanno timlin timmerman timmermans
timonen timoney timony tinney tins tintzmann tirabassi tirado tirie tirkkonen tiwari tlustek
toal tobin todd toft togher togliatti tognazzi tohall toivanen toivonen tolan toldo toledo
tolentino tolin tolonen tolosa tolvanen toma toman tomanová tomas tomaselli tomasetti tomasini
tomei tomescu tomlinson tommaseo toms tomás tomé toner toninelli tonisto toolan toole toolin
toolis tooman toomey toor torlonia tormay tormey tormo tornatore toro torpey torralba torre
torrecilla torrence torrens torrent torrents torres torricelli torrijos torstensson toscani
toscanini toselli tosi toso tosto totino totwiller toussaint tovar townsend tozzi tozzo tracey
tracy traetta trainor tran traore trapanese trapani trapp trask travaglia travaglio travers
traversa travia travis traynor treacy treanor trebbi treccani trejo tremonti trenor trentin
trentini tresoldi treves trevino trevisan trevisani treviño trezzini trillini trillo trincavelli
tripathi trivedi trobbiani troisi trombetta trommler tron tropea trotta troy trub trubin
trujillo trupiano trupp trussardi tröst trüb tschentscher tubridy tucker tudela tudor tuithof
tully tuohey tuohy tuomi tuominen tuovinen tur turati turchetta turchi turci turesson turley
turnbull turner turpeinen turpin turrini turunen tutino tutty tuzzolino tveit twidle twohey
twohig twomey tyler tynan tyrrell tähtinen täsche téllez tórrez tóth törnqvist török türk tůma
tůmová ubaldi uche udinese udinesi ugarte ughi uittenbosch ulibarri ullmann ulloa ullrich ulrich
underwood ungaretti uniacke uniaque uotila upadhyay uphaus uphuis uphus uppal urban urbanová
urbina ureña uriarte uribe urrutia uría urías uusitalo vaca vacek vacková vaessen vaidya
vaillant vainio vala valadez valbuena valcárcel valderrama valdez valdivia valdés valencia
valenciano valenta valente valentin valentine valentino valentová valentín valenzuela valera
valero valette valguarnera valier valkama valkonen vall valladares valle vallejo vallenduuk
valles vallet vallin valls vallée vallés valmarana valtonen valverde vance vandenbergh vanegas
vang vanvitelli vaněk vaquero vara varano varela varga vargas varghese varis varkey varma
vartiainen varty varughese vasa vasari vasconcelos vasquez vass vasseur vastenhouw vattimo
vaughan vaughn vaz vazquez vaňková veale vecellio vecoli veenendaal veenstra vega vegt vela
velasco velasquez velazquez velderman velez veltman veltroni velásquez velázquez vendetti
venditti vendrell venegas veneziano venier venkataraman venkatesh vento venturi venäläinen vera
verbeeck verbeek verboom verbruggen vercelloni vercoe verda verdejo verdi verdier verdone
verdugo verduzco verdú veres verga vergara vergassola vergeer vergerio verhaar verhagen verharen
verheij verheuvel verhoeven verkade verma vermeulen verri versace verschuere verschut versluijs
vertoor vertooren vervoort verwoert veselá veselý vespa vespucci vestergaard vesterinen
vesterlund vestin vezzali vial viana vianello viberg vicens vicente victory vidal vidoni vieira
viera vierdag vig vigil vigliotti vignon vigorelli viitala viitanen vik viklund vikström vila
vilalta vilanova vilaplana vilar vilhelmsson viljanen villa villadicani villagómez villalba
villalobos villalonga villalpando villanueva villar villareal villarosa villarreal villaseñor
villaverde villegas villena vincent vincze vink viola virgilio virk virta virtanen virág
visconti visintini vismara visser viswanathan vittadello vitturi vivaldi vives viviani vizcaíno
viña viñas vlček vlčková vogt vohra voinea voisin volcke vollbrecht volta volterra voortman vora
vos voutilainen vrancken vuorela vuori vuorinen vyas váradi vásquez vávra vávrová vázquez
väisänen välimäki väyrynen väänänen vélez véliz vítek vítková vörös waardeloo wable wade wadhwa
wagenknecht wagenvoort waghorn wagle wagner wahlberg wahlgren wahlström waldron wali walia
walker wall walla wallace waller wallgren wallin wallis walls wallén walsh walshe walsteijn
walter walters walton wang ward ware warmer warner warren warrior washington wason waters
watkins watson watt watters watts waugh way weaver webb webby weber webster weeks weeldenburg
weerdenburg weever weihmann weijland weijters weimer weinhage weinhold weir weiss weitzel welch
weldon welf weller wells wende wendt wennberg wensen werdes wernecke werner wesack west westberg
wester westerbeek westerberg westerburg westerlund westermann westin westlund westman weston
wever weyland weylant whalen wheeler whelan whelehan whitaker white whitehead whitehouse whitney
whittaker whitty whyte wiberg widén wiek wieloch wiggins wigman wijland wiklund wikström wilcken
wilcox wildschut wiley wilhelmsson wilkerson wilkins wilkinson willems willemsen williams
williamson willis wills wilmont wilms wilmsen wilson wilton winberg winkler winnrich winter
winters winther wipstrik wirth wise wohlgemut wolf wolfe wolffel wolfsdr wolfswinkel wolters
wolzak wong wood woodard woods woodward woolley wooning woudenberg woulfe wouters woutersz wratt
wren wrenn wright wrynn wulf wulff wunderink wutke wyatt wynne wähner yadav yaman yang yates
ybarra ylinen ylitalo ylönen yoder yogi yohannan york yorulmaz young yuste yáñez yüksel yıldırım
yılmaz zaal zabala zabaleta zabarella zaccagnini zaccardo zacchia zacco zacharia zachariah
zaguri zahn zambrano zamengo zamora zamorani zamorano zampa zamudio zanazzo zanichelli zanzi
zapata zaragoza zarate zarlino zavala zayas zecchini zedillo zeemans zeffirelli zelaya
zeldenrust zeman zemanová zengin zepeda zetterberg zetticci zevenboom zhang ziani zichichi
ziegert zijlemans zijlmans zimmer zimmerman zirme zito zobel zola zoppetti zoppetto zorbach
zorlu zorrilla zuidweg zuijdveld zuniga zurita zwart zwijsen zänker zúñiga águila álamo álvarez
álvaro ángel ávalos ávila åberg ågren åkerlund åkerman åkesson åsberg åslund åström çamurcuoğlu
çetin çorlu étienne öberg öcalan öhman östberg österberg östling östlund östman ødegård
østergaard ülker čech čechová čermák čermáková černá černý říha říhová şafak şama şener şensoy
ševčík ševčíková šimek šimková šmíd šmídová štěpánek štěpánková švec švecová šťastná šťastný žák
žáková
""".split()
)
