-- The fold that searches compare names and texts by, the same on every PostgreSQL whatever its locale: lower() and
-- the collation fold only ASCII under the C locale and differ between servers, this never calls either. Each
-- letter of the Latin, Greek and Cyrillic blocks listed below becomes its lower-case base letter (Rosalía ->
-- rosalia, Łódź -> lodz, İstanbul -> istanbul, Αθήνα -> αθηνα, СОФИЯ -> софия), written out where Unicode does not
-- decompose it (ß -> ss, æ -> ae, þ -> th); combining marks, soft hyphens and the Catalan middle dot (Col·legi)
-- vanish, a no-break space is a space, and every other character is kept, so a folded LIKE pattern keeps its
-- escapes.
--
-- Written one character at a time from eu.ka122.planner.shared.SearchFolding, which folds queries and which
-- SearchFoldingInDatabaseTests compares with this function on every character of these blocks: change both
-- together. translate() maps each character of its first list to the one at the same place in the second (and
-- drops those past its end); a letter that folds to two is translated to a stand-in (Æ -> æ) that replace() then
-- writes out. Plain ASCII, nearly every value, takes the short way.
create function ka122_fold(text) returns text language sql immutable parallel safe as $$
    select case
        when octet_length($1) = char_length($1)
            then translate($1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
        else
            replace(replace(replace(replace(replace(replace(replace(replace(translate($1,
                -- the most frequent characters, kept: translate() looks each character up from the start of its list
                'eaionrtslcudmphgbfvykzwjxq 0123456789.,-:"(){}/@'
                -- ASCII (U+0000–U+007F)
                || 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                -- Latin-1 Supplement (U+0080–U+00FF)
                || U&'\00A0ªµºÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿ'
                -- Latin Extended-A (U+0100–U+017F)
                || 'ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĴĵĶķĸĹĺĻļĽľĿŀ'
                || 'ŁłŃńŅņŇňŉŊŋŌōŎŏŐőŒŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ'
                -- Latin Extended-B (U+0180–U+024F)
                || 'ƀƁƂƃƄƆƇƈƉƊƋƌƎƏƐƑƒƓƔƖƗƘƙƚƜƝƞƟƠơƢƤƥƦƧƩƫƬƭƮƯưƱƲƳƴƵƶƷƸƼǄǅǇǈǊǋǍǎǏǐǑǒǓ'
                || 'ǔǕǖǗǘǙǚǛǜǞǟǠǡǢǣǤǥǦǧǨǩǪǫǬǭǮǯǰǱǲǳǴǵǶǷǸǹǺǻǼǽǾǿȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔ'
                || 'ȕȖȗȘșȚțȜȞȟȠȡȢȤȥȦȧȨȩȪȫȬȭȮȯȰȱȲȳȴȵȶȺȻȼȽȾȿɀɁɃɄɅɆɇɈɉɊɋɌɍɎɏ'
                -- Greek and Coptic (U+0370–U+03FF)
                || 'ͰͲͶͿΆΈΉΊΌΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΪΫάέήίΰςϊϋόύώϏϐϑϒϓϔϕϖϘϚϜϞϠϢϤ'
                || 'ϦϨϪϬϮϰϱϲϴϵϷϹϺϽϾϿ'
                -- Cyrillic (U+0400–U+04FF)
                || 'ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯйѐёѓїќѝўѠѢѤѦѨѪѬѮ'
                || 'ѰѲѴѶѷѸѺѼѾҀҊҌҎҐҒҔҖҘҚҜҞҠҢҤҦҨҪҬҮҰҲҴҶҸҺҼҾӀӁӂӃӅӇӉӋӍӐӑӒӓӔӖӗӘӚӛӜӝӞӟӠӢӣӤ'
                || 'ӥӦӧӨӪӫӬӭӮӯӰӱӲӳӴӵӶӸӹӺӼӾ'
                -- Latin Extended Additional (U+1E00–U+1EFF)
                || 'ḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿ'
                || 'ṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿ'
                || 'ẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẚẛẞẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂ'
                || 'ểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹỺỼỾỿ'
                -- vanish (no counterpart in the second list): soft hyphen, middle dot, Cyrillic and combining marks
                || U&'\00AD·\0483\0484\0485\0486\0487\0488\0489\0300\0301\0302\0303\0304\0305\0306\0307\0308\0309\030A\030B\030C\030D\030E'
                || U&'\030F\0310\0311\0312\0313\0314\0315\0316\0317\0318\0319\031A\031B\031C\031D\031E\031F\0320\0321\0322\0323\0324\0325\0326'
                || U&'\0327\0328\0329\032A\032B\032C\032D\032E\032F\0330\0331\0332\0333\0334\0335\0336\0337\0338\0339\033A\033B\033C\033D\033E'
                || U&'\033F\0340\0341\0342\0343\0344\0345\0346\0347\0348\0349\034A\034B\034C\034D\034E\034F\0350\0351\0352\0353\0354\0355\0356'
                || U&'\0357\0358\0359\035A\035B\035C\035D\035E\035F\0360\0361\0362\0363\0364\0365\0366\0367\0368\0369\036A\036B\036C\036D\036E'
                || U&'\036F'
                ,
                -- the most frequent characters, kept: translate() looks each character up from the start of its list
                'eaionrtslcudmphgbfvykzwjxq 0123456789.,-:"(){}/@'
                -- ASCII (U+0000–U+007F)
                || 'abcdefghijklmnopqrstuvwxyz'
                -- Latin-1 Supplement (U+0080–U+00FF)
                || ' aμoaaaaaaæceeeeiiiidnoooooouuuuyþaaaaaaceeeeiiiidnoooooouuuuyy'
                -- Latin Extended-A (U+0100–U+017F)
                || 'aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiĳjjkkkllllllll'
                || 'llnnnnnnnnnooooooœrrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs'
                -- Latin Extended-B (U+0180–U+024F)
                || 'bbbbƅɔccɖdddǝəɛffgɣɩikklɯnnoooƣppʀƨʃttttuuʊvyyzzʒƹƽǆǆǉǉǌǌaaiioou'
                || 'uuuuuuuuuaaaaææggggkkooooʒʒjǆǆǆggƕƿnnaaææooaaaaeeeeiiiioooorrrru'
                || 'uuussttȝhhndȣzzaaeeooooooooyylntaccltszɂbʉʌeejjqqrryy'
                -- Greek and Coptic (U+0370–U+03FF)
                || 'ͱͳͷϳαεηιουωιαβγδεζηθικλμνξοπρστυφχψωιυαεηιυσιυουωϗβθυυυφπϙϛϝϟϡϣϥ'
                || 'ϧϩϫϭϯκρσθεϸσϻͻͼͽ'
                -- Cyrillic (U+0400–U+04FF)
                || 'ееђгєѕііјљњћкиуџабвгдежзииклмнопрстуфхцчшщъыьэюяиеегікиуѡѣѥѧѩѫѭѯ'
                || 'ѱѳѵѵѵѹѻѽѿҁҋҍҏґғҕҗҙқҝҟҡңҥҧҩҫҭүұҳҵҷҹһҽҿӏжжӄӆӈӊӌӎааааӕееәәәжжззӡиии'
                || 'иооөөөээууууууччӷыыӻӽӿ'
                -- Latin Extended Additional (U+1E00–U+1EFF)
                || 'aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm'
                || 'mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv'
                || 'wwwwwwwwwwxxxxyyzzzzzzhtwyasßaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeee'
                || 'eeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyyỻỽyy'
            ),
                'ß', 'ss'),
                'æ', 'ae'),
                'þ', 'th'),
                'ĳ', 'ij'),
                'œ', 'oe'),
                'ǆ', 'dz'),
                'ǉ', 'lj'),
                'ǌ', 'nj')
    end
$$;
